using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intake_complaint_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkedComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LinkedBy = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_complaint_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ResidentReference = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LoggedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LoggedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Definition = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    NamedOfficer = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ResolutionSought = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ExclusionReason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OutcomeExplanation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OmbudsmanSignposted = table.Column<bool>(type: "bit", nullable: false),
                    IssueOccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResidentAwareAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Safeguarding = table.Column<bool>(type: "bit", nullable: false),
                    HealthAndSafety = table.Column<bool>(type: "bit", nullable: false),
                    BuildingSafety = table.Column<bool>(type: "bit", nullable: false),
                    Anonymous = table.Column<bool>(type: "bit", nullable: false),
                    AcceptanceOverride = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Points = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DesiredOutcome = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Representative = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RepresentativeConsent = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReasonableAdjustments = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Vulnerabilities = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ContactRouting = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ServiceRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    AcceptanceAcceptable = table.Column<bool>(type: "bit", nullable: false),
                    AcceptanceExplanation = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AcceptanceOfficerMayOverride = table.Column<bool>(type: "bit", nullable: false),
                    AcceptanceReplyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptanceRoute = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AcceptanceSuggestedExclusionReason = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_service_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ResidentReference = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_service_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_intake_complaint_links_ComplaintId_LinkedComplaintId",
                table: "intake_complaint_links",
                columns: new[] { "ComplaintId", "LinkedComplaintId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_complaint_links_LinkedComplaintId",
                table: "intake_complaint_links",
                column: "LinkedComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_intake_complaints_Reference",
                table: "intake_complaints",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_complaints_ServiceRequestId",
                table: "intake_complaints",
                column: "ServiceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_intake_service_requests_Reference",
                table: "intake_service_requests",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "intake_complaint_links");

            migrationBuilder.DropTable(
                name: "intake_complaints");

            migrationBuilder.DropTable(
                name: "intake_service_requests");
        }
    }
}

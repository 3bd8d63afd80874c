using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intake_complaint_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_complaint_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    ResidentReference = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LoggedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: true),
                    NamedOfficer = table.Column<string>(type: "TEXT", nullable: true),
                    ResolutionSought = table.Column<string>(type: "TEXT", nullable: true),
                    ExclusionReason = table.Column<string>(type: "TEXT", nullable: true),
                    OutcomeExplanation = table.Column<string>(type: "TEXT", nullable: true),
                    OmbudsmanSignposted = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssueOccurredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResidentAwareAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Safeguarding = table.Column<bool>(type: "INTEGER", nullable: false),
                    HealthAndSafety = table.Column<bool>(type: "INTEGER", nullable: false),
                    BuildingSafety = table.Column<bool>(type: "INTEGER", nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptanceOverride = table.Column<string>(type: "TEXT", nullable: true),
                    Points = table.Column<string>(type: "TEXT", nullable: false),
                    DesiredOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    Representative = table.Column<string>(type: "TEXT", nullable: true),
                    RepresentativeConsent = table.Column<string>(type: "TEXT", nullable: true),
                    ReasonableAdjustments = table.Column<string>(type: "TEXT", nullable: false),
                    Vulnerabilities = table.Column<string>(type: "TEXT", nullable: false),
                    ContactRouting = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptanceAcceptable = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptanceExplanation = table.Column<string>(type: "TEXT", nullable: false),
                    AcceptanceOfficerMayOverride = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptanceReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptanceRoute = table.Column<string>(type: "TEXT", nullable: false),
                    AcceptanceSuggestedExclusionReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_service_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    ResidentReference = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false)
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LinkedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_complaint_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    ResidentReference = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoggedBy = table.Column<string>(type: "text", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: true),
                    NamedOfficer = table.Column<string>(type: "text", nullable: true),
                    ResolutionSought = table.Column<string>(type: "text", nullable: true),
                    ExclusionReason = table.Column<string>(type: "text", nullable: true),
                    OutcomeExplanation = table.Column<string>(type: "text", nullable: true),
                    OmbudsmanSignposted = table.Column<bool>(type: "boolean", nullable: false),
                    IssueOccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResidentAwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Safeguarding = table.Column<bool>(type: "boolean", nullable: false),
                    HealthAndSafety = table.Column<bool>(type: "boolean", nullable: false),
                    BuildingSafety = table.Column<bool>(type: "boolean", nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptanceOverride = table.Column<string>(type: "text", nullable: true),
                    Points = table.Column<string>(type: "text", nullable: false),
                    DesiredOutcome = table.Column<string>(type: "text", nullable: true),
                    Representative = table.Column<string>(type: "text", nullable: true),
                    RepresentativeConsent = table.Column<string>(type: "text", nullable: true),
                    ReasonableAdjustments = table.Column<string>(type: "text", nullable: false),
                    Vulnerabilities = table.Column<string>(type: "text", nullable: false),
                    ContactRouting = table.Column<string>(type: "text", nullable: true),
                    ServiceRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AcceptanceAcceptable = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptanceExplanation = table.Column<string>(type: "text", nullable: false),
                    AcceptanceOfficerMayOverride = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptanceReplyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptanceRoute = table.Column<string>(type: "text", nullable: false),
                    AcceptanceSuggestedExclusionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_service_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    ResidentReference = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false)
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

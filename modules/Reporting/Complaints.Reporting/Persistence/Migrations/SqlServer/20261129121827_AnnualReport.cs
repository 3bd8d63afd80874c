using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class AnnualReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PropertyReference",
                table: "reporting_complaints",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidentReference",
                table: "reporting_complaints",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reporting_award_categories",
                columns: table => new
                {
                    AwardId = table.Column<long>(type: "bigint", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_award_categories", x => new { x.AwardId, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "reporting_award_payments",
                columns: table => new
                {
                    PaymentId = table.Column<long>(type: "bigint", nullable: false),
                    AwardId = table.Column<long>(type: "bigint", nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_award_payments", x => x.PaymentId);
                });

            migrationBuilder.CreateTable(
                name: "reporting_awards",
                columns: table => new
                {
                    AwardId = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OmbudsmanCaseReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Band = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TotalPence = table.Column<long>(type: "bigint", nullable: true),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ApprovedPence = table.Column<long>(type: "bigint", nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RejectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OfferAnswer = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PaidPence = table.Column<long>(type: "bigint", nullable: false),
                    PaidInFullOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastPaidAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_awards", x => x.AwardId);
                });

            migrationBuilder.CreateTable(
                name: "reporting_ombudsman_cases",
                columns: table => new
                {
                    OmbudsmanCaseReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReferralId = table.Column<long>(type: "bigint", nullable: true),
                    ComplaintIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeterminedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeterminedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_ombudsman_cases", x => x.OmbudsmanCaseReference);
                });

            migrationBuilder.CreateTable(
                name: "reporting_ombudsman_findings",
                columns: table => new
                {
                    OmbudsmanCaseReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Finding = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_ombudsman_findings", x => new { x.OmbudsmanCaseReference, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "reporting_ombudsman_orders",
                columns: table => new
                {
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    OmbudsmanCaseReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OnTime = table.Column<bool>(type: "bit", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_ombudsman_orders", x => x.OrderId);
                });

            migrationBuilder.CreateTable(
                name: "reporting_restrictions",
                columns: table => new
                {
                    RestrictionId = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CaseReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ImmediateRisk = table.Column<bool>(type: "bit", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reviews = table.Column<int>(type: "int", nullable: false),
                    LastReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppealedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppealUpheld = table.Column<bool>(type: "bit", nullable: true),
                    LiftedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LiftedBecause = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_restrictions", x => x.RestrictionId);
                });

            migrationBuilder.CreateTable(
                name: "reporting_self_assessment",
                columns: table => new
                {
                    ReportingYear = table.Column<int>(type: "int", nullable: false),
                    ProvisionId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Compliance = table.Column<int>(type: "int", nullable: false),
                    Commentary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_self_assessment", x => new { x.ReportingYear, x.ProvisionId });
                });

            migrationBuilder.CreateTable(
                name: "reporting_service_improvements",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_service_improvements", x => new { x.ComplaintId, x.Stage, x.Number });
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_award_payments_AwardId",
                table: "reporting_award_payments",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_award_payments_PaidOn",
                table: "reporting_award_payments",
                column: "PaidOn");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_awards_ApprovedAt",
                table: "reporting_awards",
                column: "ApprovedAt");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_ombudsman_cases_DeterminedOn",
                table: "reporting_ombudsman_cases",
                column: "DeterminedOn");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_ombudsman_cases_ReferredOn",
                table: "reporting_ombudsman_cases",
                column: "ReferredOn");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_ombudsman_orders_CompliedOn",
                table: "reporting_ombudsman_orders",
                column: "CompliedOn");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_ombudsman_orders_DueOn",
                table: "reporting_ombudsman_orders",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_restrictions_DecidedAt",
                table: "reporting_restrictions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_restrictions_ReviewDueOn",
                table: "reporting_restrictions",
                column: "ReviewDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_service_improvements_MadeAt",
                table: "reporting_service_improvements",
                column: "MadeAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_award_categories");

            migrationBuilder.DropTable(
                name: "reporting_award_payments");

            migrationBuilder.DropTable(
                name: "reporting_awards");

            migrationBuilder.DropTable(
                name: "reporting_ombudsman_cases");

            migrationBuilder.DropTable(
                name: "reporting_ombudsman_findings");

            migrationBuilder.DropTable(
                name: "reporting_ombudsman_orders");

            migrationBuilder.DropTable(
                name: "reporting_restrictions");

            migrationBuilder.DropTable(
                name: "reporting_self_assessment");

            migrationBuilder.DropTable(
                name: "reporting_service_improvements");

            migrationBuilder.DropColumn(
                name: "PropertyReference",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "ResidentReference",
                table: "reporting_complaints");
        }
    }
}

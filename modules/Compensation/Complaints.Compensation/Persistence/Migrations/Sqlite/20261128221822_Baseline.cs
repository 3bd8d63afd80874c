using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Compensation.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "compensation_awards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OmbudsmanCaseReference = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: false),
                    TotalPence = table.Column<long>(type: "INTEGER", nullable: false),
                    Band = table.Column<string>(type: "TEXT", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RatesEffectiveFrom = table.Column<string>(type: "TEXT", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedPence = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidPence = table.Column<long>(type: "INTEGER", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compensation_awards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "compensation_payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AwardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    AmountPence = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResidentAgreedOffset = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compensation_payments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_compensation_awards_ComplaintId",
                table: "compensation_awards",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_compensation_awards_Reference",
                table: "compensation_awards",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_compensation_awards_Status_Id",
                table: "compensation_awards",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_compensation_payments_AwardId_Reference",
                table: "compensation_payments",
                columns: new[] { "AwardId", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "compensation_awards");

            migrationBuilder.DropTable(
                name: "compensation_payments");
        }
    }
}

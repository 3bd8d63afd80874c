using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Complaints.Compensation.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    OmbudsmanCaseReference = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Lines = table.Column<string>(type: "text", nullable: false),
                    TotalPence = table.Column<long>(type: "bigint", nullable: false),
                    Band = table.Column<string>(type: "text", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RatesEffectiveFrom = table.Column<string>(type: "text", nullable: true),
                    Rationale = table.Column<string>(type: "text", nullable: false),
                    ProposedBy = table.Column<string>(type: "text", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedPence = table.Column<long>(type: "bigint", nullable: true),
                    PaidPence = table.Column<long>(type: "bigint", nullable: false),
                    Decisions = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compensation_awards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "compensation_payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AwardId = table.Column<long>(type: "bigint", nullable: false),
                    Method = table.Column<string>(type: "text", nullable: false),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResidentAgreedOffset = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

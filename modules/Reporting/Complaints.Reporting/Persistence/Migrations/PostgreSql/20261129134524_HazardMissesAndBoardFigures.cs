using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Reporting.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class HazardMissesAndBoardFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_accommodation_offers",
                columns: table => new
                {
                    HazardId = table.Column<long>(type: "bigint", nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_accommodation_offers", x => new { x.HazardId, x.OfferedAt });
                });

            migrationBuilder.CreateTable(
                name: "reporting_hazard_misses",
                columns: table => new
                {
                    HazardId = table.Column<long>(type: "bigint", nullable: false),
                    Clock = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_hazard_misses", x => new { x.HazardId, x.Clock });
                });

            migrationBuilder.CreateTable(
                name: "reporting_hazards",
                columns: table => new
                {
                    HazardId = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StoppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StopReason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_hazards", x => x.HazardId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_accommodation_offers_OfferedAt",
                table: "reporting_accommodation_offers",
                column: "OfferedAt");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_hazard_misses_DueAt",
                table: "reporting_hazard_misses",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_hazards_AwareAt",
                table: "reporting_hazards",
                column: "AwareAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_accommodation_offers");

            migrationBuilder.DropTable(
                name: "reporting_hazard_misses");

            migrationBuilder.DropTable(
                name: "reporting_hazards");
        }
    }
}

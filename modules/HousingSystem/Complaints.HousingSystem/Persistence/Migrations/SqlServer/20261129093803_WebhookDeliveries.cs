using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.HousingSystem.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class WebhookDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "housingsystem_webhook_cursor",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_housingsystem_webhook_cursor", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "housingsystem_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Replay = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_housingsystem_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "housingsystem_webhook_replays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_housingsystem_webhook_replays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_webhook_deliveries_Outcome_EventId",
                table: "housingsystem_webhook_deliveries",
                columns: new[] { "Outcome", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_webhook_replays_DoneAt",
                table: "housingsystem_webhook_replays",
                column: "DoneAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "housingsystem_webhook_cursor");

            migrationBuilder.DropTable(
                name: "housingsystem_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "housingsystem_webhook_replays");
        }
    }
}

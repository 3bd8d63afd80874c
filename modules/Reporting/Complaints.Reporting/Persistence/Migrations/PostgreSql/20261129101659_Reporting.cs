using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Reporting.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Reporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_complaints",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Stage1EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Stage1RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Stage2EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Stage2RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NotAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Closed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_complaints", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "reporting_cursor",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_cursor", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_complaints_ReceivedAt",
                table: "reporting_complaints",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_complaints_Stage1RespondedAt",
                table: "reporting_complaints",
                column: "Stage1RespondedAt");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_complaints_Stage2EnteredAt",
                table: "reporting_complaints",
                column: "Stage2EnteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_complaints_Stage2RespondedAt",
                table: "reporting_complaints",
                column: "Stage2RespondedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_complaints");

            migrationBuilder.DropTable(
                name: "reporting_cursor");
        }
    }
}

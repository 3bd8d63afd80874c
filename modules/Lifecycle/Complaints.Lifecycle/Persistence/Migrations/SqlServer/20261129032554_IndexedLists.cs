using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Lifecycle.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class IndexedLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_lifecycle_cases_Stage",
                table: "lifecycle_cases");

            migrationBuilder.AddColumn<string>(
                name: "ClockBasis",
                table: "lifecycle_cases",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DueSoonFrom",
                table: "lifecycle_cases",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverdueFrom",
                table: "lifecycle_cases",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "lifecycle_cases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_cases_running",
                table: "lifecycle_cases",
                columns: new[] { "ReceivedAt", "Reference" },
                filter: "\"OverdueFrom\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_cases_Stage_ReceivedAt_Reference",
                table: "lifecycle_cases",
                columns: new[] { "Stage", "ReceivedAt", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_lifecycle_cases_running",
                table: "lifecycle_cases");

            migrationBuilder.DropIndex(
                name: "IX_lifecycle_cases_Stage_ReceivedAt_Reference",
                table: "lifecycle_cases");

            migrationBuilder.DropColumn(
                name: "ClockBasis",
                table: "lifecycle_cases");

            migrationBuilder.DropColumn(
                name: "DueSoonFrom",
                table: "lifecycle_cases");

            migrationBuilder.DropColumn(
                name: "OverdueFrom",
                table: "lifecycle_cases");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "lifecycle_cases");

            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_cases_Stage",
                table: "lifecycle_cases",
                column: "Stage");
        }
    }
}

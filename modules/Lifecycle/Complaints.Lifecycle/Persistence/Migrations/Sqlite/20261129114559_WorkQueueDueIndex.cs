using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Lifecycle.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class WorkQueueDueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_cases_due",
                table: "lifecycle_cases",
                columns: new[] { "OverdueFrom", "Reference" },
                filter: "\"OverdueFrom\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_lifecycle_cases_due",
                table: "lifecycle_cases");
        }
    }
}

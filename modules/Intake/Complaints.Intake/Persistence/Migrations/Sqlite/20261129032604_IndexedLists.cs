using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class IndexedLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_intake_complaints_NamedOfficer_ReceivedAt_Reference",
                table: "intake_complaints",
                columns: new[] { "NamedOfficer", "ReceivedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_complaints_ReceivedAt_Reference",
                table: "intake_complaints",
                columns: new[] { "ReceivedAt", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_intake_complaints_NamedOfficer_ReceivedAt_Reference",
                table: "intake_complaints");

            migrationBuilder.DropIndex(
                name: "IX_intake_complaints_ReceivedAt_Reference",
                table: "intake_complaints");
        }
    }
}

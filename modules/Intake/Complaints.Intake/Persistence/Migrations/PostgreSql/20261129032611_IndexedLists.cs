using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class IndexedLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "NamedOfficer",
                table: "intake_complaints",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

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

            migrationBuilder.AlterColumn<string>(
                name: "NamedOfficer",
                table: "intake_complaints",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400,
                oldNullable: true);
        }
    }
}

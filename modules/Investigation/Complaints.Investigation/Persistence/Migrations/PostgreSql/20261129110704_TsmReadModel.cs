using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Investigation.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class TsmReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RootCauses",
                table: "investigation_responses",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Themes",
                table: "investigation_responses",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RootCauses",
                table: "investigation_responses");

            migrationBuilder.DropColumn(
                name: "Themes",
                table: "investigation_responses");
        }
    }
}

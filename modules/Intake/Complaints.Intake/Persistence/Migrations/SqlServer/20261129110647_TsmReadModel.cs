using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class TsmReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "intake_complaints",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Category",
                table: "intake_complaints");
        }
    }
}

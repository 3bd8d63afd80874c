using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Hazards.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class HazardMissesAndBoardFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MissedClocks",
                table: "hazards_hazards",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // existing hazards have announced no miss yet
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MissedClocks",
                table: "hazards_hazards");
        }
    }
}

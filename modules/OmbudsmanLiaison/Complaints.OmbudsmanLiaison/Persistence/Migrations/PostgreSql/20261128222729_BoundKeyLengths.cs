using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.OmbudsmanLiaison.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class BoundKeyLengths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "OmbudsmanCaseReference",
                table: "ombudsmanliaison_referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "OmbudsmanCaseReference",
                table: "ombudsmanliaison_referrals",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.VexatiousBehaviour.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vexatiousbehaviour_appeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RestrictionId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vexatiousbehaviour_appeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vexatiousbehaviour_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    ResidentReference = table.Column<string>(type: "TEXT", nullable: false),
                    RepresentativeName = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<string>(type: "TEXT", nullable: false),
                    Warnings = table.Column<string>(type: "TEXT", nullable: false),
                    Letters = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vexatiousbehaviour_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vexatiousbehaviour_restrictions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    ResidentReference = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    PermittedRoute = table.Column<string>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Panel = table.Column<string>(type: "TEXT", nullable: false),
                    Considerations = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reviews = table.Column<string>(type: "TEXT", nullable: false),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vexatiousbehaviour_restrictions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vexatiousbehaviour_appeals_RestrictionId",
                table: "vexatiousbehaviour_appeals",
                column: "RestrictionId");

            migrationBuilder.CreateIndex(
                name: "IX_vexatiousbehaviour_cases_Reference",
                table: "vexatiousbehaviour_cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vexatiousbehaviour_cases_ResidentReference",
                table: "vexatiousbehaviour_cases",
                column: "ResidentReference");

            migrationBuilder.CreateIndex(
                name: "IX_vexatiousbehaviour_restrictions_CaseId",
                table: "vexatiousbehaviour_restrictions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_vexatiousbehaviour_restrictions_ResidentReference",
                table: "vexatiousbehaviour_restrictions",
                column: "ResidentReference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vexatiousbehaviour_appeals");

            migrationBuilder.DropTable(
                name: "vexatiousbehaviour_cases");

            migrationBuilder.DropTable(
                name: "vexatiousbehaviour_restrictions");
        }
    }
}

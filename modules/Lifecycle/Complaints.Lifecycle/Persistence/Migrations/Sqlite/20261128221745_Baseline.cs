using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Lifecycle.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lifecycle_cases",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", nullable: false),
                    EnteredStageAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BuildingSafety = table.Column<bool>(type: "INTEGER", nullable: false),
                    Correspondence = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lifecycle_cases", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "lifecycle_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExtensionWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidentAgreed = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lifecycle_transitions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_cases_Stage",
                table: "lifecycle_cases",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_transitions_ComplaintId",
                table: "lifecycle_transitions",
                column: "ComplaintId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lifecycle_cases");

            migrationBuilder.DropTable(
                name: "lifecycle_transitions");
        }
    }
}

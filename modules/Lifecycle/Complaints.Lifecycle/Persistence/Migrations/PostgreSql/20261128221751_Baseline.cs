using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Complaints.Lifecycle.Persistence.Migrations.PostgreSql
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
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "text", nullable: false),
                    EnteredStageAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BuildingSafety = table.Column<bool>(type: "boolean", nullable: false),
                    Correspondence = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lifecycle_cases", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "lifecycle_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromStage = table.Column<string>(type: "text", nullable: true),
                    ToStage = table.Column<string>(type: "text", nullable: false),
                    Trigger = table.Column<string>(type: "text", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExtensionWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    ResidentAgreed = table.Column<bool>(type: "boolean", nullable: true)
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

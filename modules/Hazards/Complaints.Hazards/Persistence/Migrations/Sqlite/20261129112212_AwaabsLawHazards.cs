using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Hazards.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AwaabsLawHazards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hazards_hazards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PropertyReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResidentReference = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    AwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Tenure = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Investigation = table.Column<string>(type: "TEXT", nullable: true),
                    SummarySentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SummaryText = table.Column<string>(type: "TEXT", nullable: true),
                    SafetyWork = table.Column<string>(type: "TEXT", nullable: true),
                    FurtherWork = table.Column<string>(type: "TEXT", nullable: true),
                    AccessAttempts = table.Column<string>(type: "TEXT", nullable: false),
                    AccommodationOffers = table.Column<string>(type: "TEXT", nullable: false),
                    Stopped = table.Column<string>(type: "TEXT", nullable: true),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hazards_hazards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hazards_hazards_ComplaintId",
                table: "hazards_hazards",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_hazards_PropertyReference",
                table: "hazards_hazards",
                column: "PropertyReference");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_hazards_Reference",
                table: "hazards_hazards",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hazards_hazards_StoppedAt",
                table: "hazards_hazards",
                column: "StoppedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hazards_hazards");
        }
    }
}

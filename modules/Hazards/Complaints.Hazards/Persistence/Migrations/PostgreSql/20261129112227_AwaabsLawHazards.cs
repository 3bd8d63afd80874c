using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Complaints.Hazards.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceReference = table.Column<string>(type: "text", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    PropertyReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResidentReference = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tenure = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    ReportedBy = table.Column<string>(type: "text", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Investigation = table.Column<string>(type: "text", nullable: true),
                    SummarySentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SummaryText = table.Column<string>(type: "text", nullable: true),
                    SafetyWork = table.Column<string>(type: "text", nullable: true),
                    FurtherWork = table.Column<string>(type: "text", nullable: true),
                    AccessAttempts = table.Column<string>(type: "text", nullable: false),
                    AccommodationOffers = table.Column<string>(type: "text", nullable: false),
                    Stopped = table.Column<string>(type: "text", nullable: true),
                    StoppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

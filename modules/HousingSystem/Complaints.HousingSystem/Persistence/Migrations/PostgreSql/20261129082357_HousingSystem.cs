using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.HousingSystem.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class HousingSystem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "housingsystem_complaint_parties",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResidentReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PropertyReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Resolution = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_housingsystem_complaint_parties", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "housingsystem_properties",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Record = table.Column<string>(type: "text", nullable: false),
                    FetchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Expired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_housingsystem_properties", x => x.Reference);
                });

            migrationBuilder.CreateTable(
                name: "housingsystem_repair_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    PropertyReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Priority = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_housingsystem_repair_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "housingsystem_residents",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Record = table.Column<string>(type: "text", nullable: false),
                    FetchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Expired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_housingsystem_residents", x => x.Reference);
                });

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_complaint_parties_PropertyReference_ReceivedAt",
                table: "housingsystem_complaint_parties",
                columns: new[] { "PropertyReference", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_complaint_parties_ResidentReference",
                table: "housingsystem_complaint_parties",
                column: "ResidentReference");

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_complaint_parties_Resolution",
                table: "housingsystem_complaint_parties",
                column: "Resolution");

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_repair_jobs_ComplaintId",
                table: "housingsystem_repair_jobs",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_repair_jobs_JobReference",
                table: "housingsystem_repair_jobs",
                column: "JobReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_housingsystem_repair_jobs_PropertyReference",
                table: "housingsystem_repair_jobs",
                column: "PropertyReference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "housingsystem_complaint_parties");

            migrationBuilder.DropTable(
                name: "housingsystem_properties");

            migrationBuilder.DropTable(
                name: "housingsystem_repair_jobs");

            migrationBuilder.DropTable(
                name: "housingsystem_residents");
        }
    }
}

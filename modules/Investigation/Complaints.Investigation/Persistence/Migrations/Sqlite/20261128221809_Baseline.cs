using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Investigation.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "investigation_actions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Updates = table.Column<string>(type: "TEXT", nullable: false),
                    TransferredTo = table.Column<string>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_assignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", nullable: false),
                    Seniority = table.Column<string>(type: "TEXT", nullable: false),
                    ServiceArea = table.Column<string>(type: "TEXT", nullable: false),
                    ServiceAreaComplainedAbout = table.Column<string>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Routing = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_mediations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mediator = table.Column<string>(type: "TEXT", nullable: false),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_mediations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_responses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintDefinition = table.Column<string>(type: "TEXT", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", nullable: false),
                    Remedies = table.Column<string>(type: "TEXT", nullable: false),
                    OutstandingActions = table.Column<string>(type: "TEXT", nullable: false),
                    EscalationInformation = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_responses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_investigation_actions_ComplaintId",
                table: "investigation_actions",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_investigation_assignments_ComplaintId_Stage",
                table: "investigation_assignments",
                columns: new[] { "ComplaintId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_investigation_contacts_ComplaintId",
                table: "investigation_contacts",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_investigation_evidence_ComplaintId",
                table: "investigation_evidence",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_investigation_mediations_ComplaintId",
                table: "investigation_mediations",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_investigation_responses_ComplaintId",
                table: "investigation_responses",
                column: "ComplaintId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "investigation_actions");

            migrationBuilder.DropTable(
                name: "investigation_assignments");

            migrationBuilder.DropTable(
                name: "investigation_contacts");

            migrationBuilder.DropTable(
                name: "investigation_evidence");

            migrationBuilder.DropTable(
                name: "investigation_mediations");

            migrationBuilder.DropTable(
                name: "investigation_responses");
        }
    }
}

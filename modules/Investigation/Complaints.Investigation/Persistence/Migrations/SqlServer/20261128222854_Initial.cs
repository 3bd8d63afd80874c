using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Investigation.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "investigation_actions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Updates = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TransferredTo = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_assignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    OfficerId = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OfficerName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Seniority = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ServiceArea = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ServiceAreaComplainedAbout = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AssignedBy = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Direction = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Routing = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_mediations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Mediator = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Accepted = table.Column<bool>(type: "bit", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigation_mediations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investigation_responses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    ComplaintDefinition = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Decisions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Remedies = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OutstandingActions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    EscalationInformation = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(max)", nullable: false)
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class FeedbackRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intake_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsCompliment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ResidentReference = table.Column<string>(type: "TEXT", nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ServiceArea = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    StaffMember = table.Column<string>(type: "TEXT", nullable: true),
                    Team = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    PassedOnTo = table.Column<string>(type: "TEXT", nullable: true),
                    PassedOnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PassedOnBy = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceImprovement = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceImprovementNotedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ServiceImprovementNotedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ComplaintReference = table.Column<string>(type: "TEXT", nullable: true),
                    LoggedAsComplaintAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LoggedAsComplaintBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_feedback", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_intake_feedback_ComplaintId",
                table: "intake_feedback",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_intake_feedback_Kind_ReceivedAt_Reference",
                table: "intake_feedback",
                columns: new[] { "Kind", "ReceivedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_feedback_ReceivedAt_Kind_ReceivedMonth_IsCompliment_ComplaintId",
                table: "intake_feedback",
                columns: new[] { "ReceivedAt", "Kind", "ReceivedMonth", "IsCompliment", "ComplaintId" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_feedback_ReceivedAt_Reference",
                table: "intake_feedback",
                columns: new[] { "ReceivedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_feedback_Reference",
                table: "intake_feedback",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_feedback_ServiceArea_ReceivedAt_Reference",
                table: "intake_feedback",
                columns: new[] { "ServiceArea", "ReceivedAt", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "intake_feedback");
        }
    }
}

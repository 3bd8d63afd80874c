using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsCompliment = table.Column<bool>(type: "bit", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ResidentReference = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Anonymous = table.Column<bool>(type: "bit", nullable: false),
                    ServiceArea = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    StaffMember = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Team = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedMonth = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PassedOnTo = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PassedOnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PassedOnBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ServiceImprovement = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ServiceImprovementNotedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ServiceImprovementNotedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ComplaintReference = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LoggedAsComplaintAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LoggedAsComplaintBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
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

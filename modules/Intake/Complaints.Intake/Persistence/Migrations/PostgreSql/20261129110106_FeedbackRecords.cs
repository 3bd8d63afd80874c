using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Intake.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsCompliment = table.Column<bool>(type: "boolean", nullable: false),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    ResidentReference = table.Column<string>(type: "text", nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    ServiceArea = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    StaffMember = table.Column<string>(type: "text", nullable: true),
                    Team = table.Column<string>(type: "text", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedMonth = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    PassedOnTo = table.Column<string>(type: "text", nullable: true),
                    PassedOnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PassedOnBy = table.Column<string>(type: "text", nullable: true),
                    ServiceImprovement = table.Column<string>(type: "text", nullable: true),
                    ServiceImprovementNotedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ServiceImprovementNotedBy = table.Column<string>(type: "text", nullable: true),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    ComplaintReference = table.Column<string>(type: "text", nullable: true),
                    LoggedAsComplaintAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LoggedAsComplaintBy = table.Column<string>(type: "text", nullable: true)
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
                name: "IX_intake_feedback_ReceivedAt_Kind_ReceivedMonth_IsCompliment_~",
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

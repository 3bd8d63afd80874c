using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Compensation.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "compensation_awards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OmbudsmanCaseReference = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Lines = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TotalPence = table.Column<long>(type: "bigint", nullable: false),
                    Band = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RatesEffectiveFrom = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Rationale = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProposedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedPence = table.Column<long>(type: "bigint", nullable: true),
                    PaidPence = table.Column<long>(type: "bigint", nullable: false),
                    Decisions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compensation_awards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "compensation_payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AwardId = table.Column<long>(type: "bigint", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResidentAgreedOffset = table.Column<bool>(type: "bit", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compensation_payments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_compensation_awards_ComplaintId",
                table: "compensation_awards",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_compensation_awards_Reference",
                table: "compensation_awards",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_compensation_awards_Status_Id",
                table: "compensation_awards",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_compensation_payments_AwardId_Reference",
                table: "compensation_payments",
                columns: new[] { "AwardId", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "compensation_awards");

            migrationBuilder.DropTable(
                name: "compensation_payments");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.OmbudsmanLiaison.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ombudsmanliaison_evidence_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    What = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueFrom = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WhatWasSent = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DelayExplanation = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ombudsmanliaison_evidence_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ombudsmanliaison_orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AwardId = table.Column<long>(type: "bigint", nullable: true),
                    AwardReference = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CompliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplianceEvidence = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ombudsmanliaison_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ombudsmanliaison_recommendations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Accepted = table.Column<bool>(type: "bit", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RespondedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ombudsmanliaison_recommendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ombudsmanliaison_referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OmbudsmanCaseReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Complaints = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Determination = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ombudsmanliaison_referrals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ombudsmanliaison_evidence_requests_ReferralId",
                table: "ombudsmanliaison_evidence_requests",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ombudsmanliaison_orders_CompliedOn",
                table: "ombudsmanliaison_orders",
                column: "CompliedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ombudsmanliaison_orders_ReferralId",
                table: "ombudsmanliaison_orders",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ombudsmanliaison_recommendations_ReferralId",
                table: "ombudsmanliaison_recommendations",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ombudsmanliaison_referrals_OmbudsmanCaseReference",
                table: "ombudsmanliaison_referrals",
                column: "OmbudsmanCaseReference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ombudsmanliaison_evidence_requests");

            migrationBuilder.DropTable(
                name: "ombudsmanliaison_orders");

            migrationBuilder.DropTable(
                name: "ombudsmanliaison_recommendations");

            migrationBuilder.DropTable(
                name: "ombudsmanliaison_referrals");
        }
    }
}

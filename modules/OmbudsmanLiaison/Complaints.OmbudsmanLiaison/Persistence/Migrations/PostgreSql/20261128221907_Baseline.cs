using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Complaints.OmbudsmanLiaison.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ombudsmanliaison_evidence_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    What = table.Column<string>(type: "text", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueFrom = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WhatWasSent = table.Column<string>(type: "text", nullable: true),
                    DelayExplanation = table.Column<string>(type: "text", nullable: true)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    AwardId = table.Column<long>(type: "bigint", nullable: true),
                    AwardReference = table.Column<string>(type: "text", nullable: true),
                    CompliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplianceEvidence = table.Column<string>(type: "text", nullable: true)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Accepted = table.Column<bool>(type: "boolean", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    RespondedBy = table.Column<string>(type: "text", nullable: true)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OmbudsmanCaseReference = table.Column<string>(type: "text", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Complaints = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Determination = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

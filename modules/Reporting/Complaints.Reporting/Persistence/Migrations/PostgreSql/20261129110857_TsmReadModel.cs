using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Reporting.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class TsmReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A read model: emptied and replayed from the first event (the projector starts again from cursor 0), so every
            // complaint gets the new columns; the rename below carries no data.
            migrationBuilder.Sql("DELETE FROM reporting_complaints");
            migrationBuilder.Sql("UPDATE reporting_cursor SET \"EventId\" = 0");

            migrationBuilder.DropColumn(
                name: "Closed",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "NotAccepted",
                table: "reporting_complaints");

            migrationBuilder.RenameColumn(
                name: "Withdrawn",
                table: "reporting_complaints",
                newName: "ServiceRequest");

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "reporting_complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "reporting_complaints",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeclinedAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalationRefusedAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExclusionReason",
                table: "reporting_complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage1Acknowledge_DueBy",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage1Acknowledge_ExtendedByWorkingDays",
                table: "reporting_complaints",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage1Acknowledge_MetAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage1Acknowledge_MetOnTime",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage1Acknowledge_OnTimeOnlyByExtension",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage1Handler",
                table: "reporting_complaints",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage1Outcome",
                table: "reporting_complaints",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage1Respond_DueBy",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage1Respond_ExtendedByWorkingDays",
                table: "reporting_complaints",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage1Respond_MetAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage1Respond_MetOnTime",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage1Respond_OnTimeOnlyByExtension",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage2Acknowledge_DueBy",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage2Acknowledge_ExtendedByWorkingDays",
                table: "reporting_complaints",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage2Acknowledge_MetAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage2Acknowledge_MetOnTime",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage2Acknowledge_OnTimeOnlyByExtension",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage2Handler",
                table: "reporting_complaints",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage2Outcome",
                table: "reporting_complaints",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage2Respond_DueBy",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage2Respond_ExtendedByWorkingDays",
                table: "reporting_complaints",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Stage2Respond_MetAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage2Respond_MetOnTime",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Stage2Respond_OnTimeOnlyByExtension",
                table: "reporting_complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StockType",
                table: "reporting_complaints",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "reporting_complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WithdrawnAtStage",
                table: "reporting_complaints",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reporting_complaint_learning",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_complaint_learning", x => new { x.ComplaintId, x.Stage, x.Kind, x.Code });
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_complaints_Reference",
                table: "reporting_complaints",
                column: "Reference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_complaint_learning");

            migrationBuilder.DropIndex(
                name: "IX_reporting_complaints_Reference",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "DeclinedAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "EscalationRefusedAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "ExclusionReason",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Acknowledge_DueBy",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Acknowledge_ExtendedByWorkingDays",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Acknowledge_MetAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Acknowledge_MetOnTime",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Acknowledge_OnTimeOnlyByExtension",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Handler",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Outcome",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Respond_DueBy",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Respond_ExtendedByWorkingDays",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Respond_MetAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Respond_MetOnTime",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage1Respond_OnTimeOnlyByExtension",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Acknowledge_DueBy",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Acknowledge_ExtendedByWorkingDays",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Acknowledge_MetAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Acknowledge_MetOnTime",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Acknowledge_OnTimeOnlyByExtension",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Handler",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Outcome",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Respond_DueBy",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Respond_ExtendedByWorkingDays",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Respond_MetAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Respond_MetOnTime",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "Stage2Respond_OnTimeOnlyByExtension",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "StockType",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "reporting_complaints");

            migrationBuilder.DropColumn(
                name: "WithdrawnAtStage",
                table: "reporting_complaints");

            migrationBuilder.RenameColumn(
                name: "ServiceRequest",
                table: "reporting_complaints",
                newName: "Withdrawn");

            migrationBuilder.AddColumn<bool>(
                name: "Closed",
                table: "reporting_complaints",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NotAccepted",
                table: "reporting_complaints",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Kernel.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class AddAuditOfAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kernel_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OnBehalfOf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Method = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    CorrelationId = table.Column<string>(type: "text", nullable: false),
                    Records = table.Column<string>(type: "text", nullable: false),
                    SensitiveFields = table.Column<string>(type: "text", nullable: false),
                    PreviousHash = table.Column<string>(type: "text", nullable: false),
                    Hash = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_audit_records",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_audit_records", x => new { x.EntryId, x.Type, x.Key });
                    table.ForeignKey(
                        name: "FK_kernel_audit_records_kernel_audit_EntryId",
                        column: x => x.EntryId,
                        principalTable: "kernel_audit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_Actor",
                table: "kernel_audit",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_OnBehalfOf",
                table: "kernel_audit",
                column: "OnBehalfOf");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_records_Type_Key",
                table: "kernel_audit_records",
                columns: new[] { "Type", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kernel_audit_records");

            migrationBuilder.DropTable(
                name: "kernel_audit");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Complaints.Kernel.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PluginStepRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kernel_plugin_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Assembly = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FilteringAttributes = table.Column<string>(type: "TEXT", nullable: false),
                    PreImageAttributes = table.Column<string>(type: "TEXT", nullable: true),
                    PostImageAttributes = table.Column<string>(type: "TEXT", nullable: true),
                    UnsecureConfiguration = table.Column<string>(type: "TEXT", nullable: true),
                    SecureConfiguration = table.Column<string>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_plugin_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_plugin_traces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMicroseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    Lines = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_plugin_traces", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_plugin_traces_CorrelationId",
                table: "kernel_plugin_traces",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_plugin_traces_StartedAt",
                table: "kernel_plugin_traces",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_plugin_traces_StepId",
                table: "kernel_plugin_traces",
                column: "StepId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kernel_plugin_steps");

            migrationBuilder.DropTable(
                name: "kernel_plugin_traces");
        }
    }
}

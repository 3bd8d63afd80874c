using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Intake.Persistence.Migrations;

[DbContext(typeof(IntakeDbContext))]
[Migration("20261122091000_CreateComplaintsTable")]
internal sealed class CreateComplaintsTable : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("intake_complaints", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Reference = t.Column<string>(nullable: false),
            Channel = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: false),
            ResidentReference = t.Column<string>(nullable: false),
            ReceivedAt = t.Instant(migration),
            LoggedAt = t.Instant(migration),
            LoggedBy = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_intake_complaints", x => x.Id));
        migration.CreateIndex("IX_intake_complaints_Reference", "intake_complaints", "Reference", unique: true);
    }
}

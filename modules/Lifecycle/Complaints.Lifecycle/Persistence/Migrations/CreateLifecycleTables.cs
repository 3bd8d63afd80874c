using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Lifecycle.Persistence.Migrations;

[DbContext(typeof(LifecycleDbContext))]
[Migration("20261122090500_CreateLifecycleTables")]
internal sealed class CreateLifecycleTables : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("lifecycle_cases", t => new
        {
            ComplaintId = t.Column<Guid>(nullable: false),
            Stage = t.Column<string>(nullable: false),
            EnteredStageAt = t.Instant(migration),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_lifecycle_cases", x => x.ComplaintId));

        migration.CreateTable("lifecycle_transitions", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            FromStage = t.Column<string>(nullable: true),
            ToStage = t.Column<string>(nullable: false),
            Trigger = t.Column<string>(nullable: false),
            Actor = t.Column<string>(nullable: false),
            Reason = t.Column<string>(nullable: true),
            OccurredAt = t.Instant(migration),
            RecordedAt = t.Instant(migration),
        }, constraints: t => t.PrimaryKey("PK_lifecycle_transitions", x => x.Id));
        migration.CreateIndex("IX_lifecycle_transitions_ComplaintId", "lifecycle_transitions", "ComplaintId");
    }
}

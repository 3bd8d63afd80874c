using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Lifecycle.Persistence.Migrations;

/// <summary>Sweeps (closing for no reply) and work queues read the complaints in a stage.</summary>
[DbContext(typeof(LifecycleDbContext))]
[Migration("20261122203000_IndexCasesByStage")]
internal sealed class IndexCasesByStage : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.CreateIndex("IX_lifecycle_cases_Stage", "lifecycle_cases", "Stage");
}

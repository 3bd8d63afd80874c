using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Lifecycle.Persistence.Migrations;

[DbContext(typeof(LifecycleDbContext))]
[Migration("20261122100000_AddClockFacts")]
internal sealed class AddClockFacts : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        // Existing cases take their receipt time from when they entered their first stage.
        if (migration.IsSqlite())
            migration.AddColumn<long>("ReceivedAt", "lifecycle_cases", nullable: false, defaultValue: 0L);
        else
            migration.AddColumn<DateTimeOffset>("ReceivedAt", "lifecycle_cases", nullable: false, defaultValue: DateTimeOffset.UnixEpoch);
        migration.Sql("""UPDATE lifecycle_cases SET "ReceivedAt" = "EnteredStageAt" """);
        migration.AddColumn<bool>("BuildingSafety", "lifecycle_cases", nullable: false, defaultValue: false);
        migration.AddColumn<int>("ExtensionWorkingDays", "lifecycle_transitions", nullable: true);
        migration.AddColumn<bool>("ResidentAgreed", "lifecycle_transitions", nullable: true);
    }
}

using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Domain;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle.Persistence;

/// <summary>Lifecycle's own tables (prefix <c>lifecycle_</c>).</summary>
internal abstract class LifecycleDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "lifecycle_migrations";

    protected override IReadOnlyList<string> MigrationsReplacedByBaseline =>
    [
        "20261122090500_CreateLifecycleTables",
        "20261122100000_AddClockFacts",
        "20261122171000_AddCorrespondenceRoute",
        "20261122203000_IndexCasesByStage",
    ];

    public DbSet<LifecycleCase> Cases => Set<LifecycleCase>();

    public DbSet<StageTransition> Transitions => Set<StageTransition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LifecycleCase>(e =>
        {
            e.ToTable("lifecycle_cases");
            e.HasKey(c => c.ComplaintId);
            e.Property(c => c.Stage).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(c => c.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.ClockBasis).HasMaxLength(KeyColumn.Name);
            // Lists walk these in their order (newest received first, then by reference) and stop at the page's end.
            e.HasIndex(c => new { c.Stage, c.ReceivedAt, c.Reference }).HasDatabaseName("IX_lifecycle_cases_Stage_ReceivedAt_Reference");
            // Only the cases with a running clock, the open caseload: what the clock-status filters read. Quoted as
            // every provider accepts (SQL Server with QUOTED_IDENTIFIER, which filtered indexes need anyway).
            e.HasIndex(c => new { c.ReceivedAt, c.Reference }).HasDatabaseName("IX_lifecycle_cases_running")
                .HasFilter("\"OverdueFrom\" IS NOT NULL");
            // The work queue walks the running cases in due order (overdue from, then reference) and stops at the page's end.
            e.HasIndex(c => new { c.OverdueFrom, c.Reference }).HasDatabaseName("IX_lifecycle_cases_due")
                .HasFilter("\"OverdueFrom\" IS NOT NULL");
        });
        modelBuilder.Entity<StageTransition>(e =>
        {
            e.ToTable("lifecycle_transitions");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.FromStage).HasConversion<string>();
            e.Property(t => t.ToStage).HasConversion<string>();
            e.HasIndex(t => t.ComplaintId);
        });
        base.OnModelCreating(modelBuilder);
    }
}

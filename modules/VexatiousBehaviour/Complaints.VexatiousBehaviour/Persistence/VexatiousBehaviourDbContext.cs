using Complaints.Kernel.Persistence;
using Complaints.VexatiousBehaviour.Domain;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Persistence;

/// <summary>The module's own tables (prefix <c>vexatiousbehaviour_</c>); no other module reads them.</summary>
internal abstract class VexatiousBehaviourDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "vexatiousbehaviour_migrations";

    protected override IReadOnlyList<string> MigrationsReplacedByBaseline =>
    [
        "20261122213000_CreateConductTables",
    ];

    public DbSet<ConductCase> Cases => Set<ConductCase>();

    public DbSet<Restriction> Restrictions => Set<Restriction>();

    public DbSet<Appeal> Appeals => Set<Appeal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConductCase>(e =>
        {
            e.ToTable("vexatiousbehaviour_cases");
            e.HasKey(c => c.Id);
            // Read back whole with the case, never queried: one JSON column each.
            e.Property(c => c.Incidents).HasJsonConversion();
            e.Property(c => c.Warnings).HasJsonConversion();
            e.Property(c => c.Letters).HasJsonConversion();
            e.Property(c => c.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.ResidentReference).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(c => c.Reference).IsUnique();
            e.HasIndex(c => c.ResidentReference);
        });
        modelBuilder.Entity<Restriction>(e =>
        {
            e.ToTable("vexatiousbehaviour_restrictions");
            e.HasKey(r => r.Id);
            e.Property(r => r.Type).HasConversion<string>();
            e.Property(r => r.Panel).HasJsonConversion();
            e.Property(r => r.Considerations).HasJsonConversion();
            e.Property(r => r.Reviews).HasJsonConversion();
            e.Property(r => r.ResidentReference).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(r => r.ResidentReference);
            e.HasIndex(r => r.CaseId);
        });
        modelBuilder.Entity<Appeal>(e =>
        {
            e.ToTable("vexatiousbehaviour_appeals");
            e.HasKey(a => a.Id);
            e.Property(a => a.Outcome).HasConversion<string>();
            e.HasIndex(a => a.RestrictionId);
        });
        base.OnModelCreating(modelBuilder);
    }
}

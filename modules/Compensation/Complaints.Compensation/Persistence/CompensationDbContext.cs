using Complaints.Compensation.Domain;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Persistence;

/// <summary>Compensation's own tables (prefix <c>compensation_</c>); no other module reads them.</summary>
internal abstract class CompensationDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "compensation_migrations";

    protected override IReadOnlyList<string> MigrationsReplacedByBaseline =>
    [
        "20261122210000_CreateCompensationTables",
    ];

    public DbSet<Award> Awards => Set<Award>();

    public DbSet<Payment> Payments => Set<Payment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Award>(e =>
        {
            e.ToTable("compensation_awards");
            e.HasKey(a => a.Id);
            e.Property(a => a.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            // Read back whole with the award, never queried: one JSON column each.
            e.Property(a => a.Lines).HasJsonConversion();
            e.Property(a => a.Decisions).HasJsonConversion();
            e.Ignore(a => a.IsOmbudsmanOrder);
            e.Ignore(a => a.RemainingPence);
            e.HasIndex(a => a.Reference).IsUnique();
            e.HasIndex(a => a.ComplaintId);
            e.HasIndex(a => new { a.Status, a.Id });
        });
        modelBuilder.Entity<Payment>(e =>
        {
            e.ToTable("compensation_payments");
            e.HasKey(p => p.Id);
            e.Property(p => p.Method).HasConversion<string>();
            e.Property(p => p.Reference).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(p => new { p.AwardId, p.Reference }).IsUnique();
        });
        base.OnModelCreating(modelBuilder);
    }
}

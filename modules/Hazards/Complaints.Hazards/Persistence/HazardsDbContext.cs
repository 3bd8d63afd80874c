using Complaints.Hazards.Domain;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Hazards.Persistence;

/// <summary>The module's own table (prefix <c>hazards_</c>); no other module reads it.</summary>
internal abstract class HazardsDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "hazards_migrations";

    public DbSet<Hazard> Hazards => Set<Hazard>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Hazard>(e =>
        {
            e.ToTable("hazards_hazards");
            e.HasKey(h => h.Id);
            e.Property(h => h.Source).HasConversion<string>().HasMaxLength(KeyColumn.Reference);
            // Read back whole with the hazard, never queried: one JSON column each.
            e.Property(h => h.Investigation).HasJsonConversion();
            e.Property(h => h.SafetyWork).HasJsonConversion();
            e.Property(h => h.FurtherWork).HasJsonConversion();
            e.Property(h => h.AccessAttempts).HasJsonConversion();
            e.Property(h => h.AccommodationOffers).HasJsonConversion();
            e.Property(h => h.Stopped).HasJsonConversion();
            e.Property(h => h.MissedClocks).HasJsonConversion();
            e.Property(h => h.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(h => h.PropertyReference).HasMaxLength(KeyColumn.Reference);
            e.Property(h => h.Kind).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(h => h.Reference).IsUnique();
            e.HasIndex(h => h.ComplaintId);
            e.HasIndex(h => h.PropertyReference);
            // Open hazards are listed by whether their clocks have stopped.
            e.HasIndex(h => h.StoppedAt);
        });
        base.OnModelCreating(modelBuilder);
    }
}

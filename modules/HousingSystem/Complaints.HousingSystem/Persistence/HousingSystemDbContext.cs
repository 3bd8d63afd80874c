using Complaints.HousingSystem.Domain;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Persistence;

/// <summary>The module's own tables (prefix <c>housingsystem_</c>); no other module reads them.</summary>
internal abstract class HousingSystemDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "housingsystem_migrations";

    public DbSet<CachedResident> Residents => Set<CachedResident>();

    public DbSet<CachedProperty> Properties => Set<CachedProperty>();

    public DbSet<ComplaintParties> ComplaintParties => Set<ComplaintParties>();

    public DbSet<RepairJobRecord> RepairJobs => Set<RepairJobRecord>();

    public DbSet<Webhooks.WebhookCursor> WebhookCursors => Set<Webhooks.WebhookCursor>();

    public DbSet<Webhooks.WebhookDelivery> WebhookDeliveries => Set<Webhooks.WebhookDelivery>();

    public DbSet<Webhooks.WebhookReplay> WebhookReplays => Set<Webhooks.WebhookReplay>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CachedResident>(e =>
        {
            e.ToTable("housingsystem_residents");
            e.HasKey(r => r.Reference);
            e.Property(r => r.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(r => r.Record).HasJsonConversion();
        });
        modelBuilder.Entity<CachedProperty>(e =>
        {
            e.ToTable("housingsystem_properties");
            e.HasKey(p => p.Reference);
            e.Property(p => p.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(p => p.Record).HasJsonConversion();
        });
        modelBuilder.Entity<ComplaintParties>(e =>
        {
            e.ToTable("housingsystem_complaint_parties");
            e.HasKey(l => l.ComplaintId);
            e.Property(l => l.ComplaintReference).HasMaxLength(KeyColumn.Reference);
            e.Property(l => l.ResidentReference).HasMaxLength(KeyColumn.Reference);
            e.Property(l => l.PropertyReference).HasMaxLength(KeyColumn.Reference);
            e.Property(l => l.Resolution).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(l => l.ResidentReference);
            // Repeat complaints: a property's complaints by date.
            e.HasIndex(l => new { l.PropertyReference, l.ReceivedAt });
            e.HasIndex(l => l.Resolution);
        });
        modelBuilder.Entity<Webhooks.WebhookCursor>(e =>
        {
            e.ToTable("housingsystem_webhook_cursor");
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasMaxLength(KeyColumn.Name);
        });
        modelBuilder.Entity<Webhooks.WebhookDelivery>(e =>
        {
            e.ToTable("housingsystem_webhook_deliveries");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).ValueGeneratedOnAdd();
            e.Property(d => d.EventType).HasMaxLength(KeyColumn.Name);
            e.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(d => new { d.Outcome, d.EventId });
        });
        modelBuilder.Entity<Webhooks.WebhookReplay>(e =>
        {
            e.ToTable("housingsystem_webhook_replays");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedOnAdd();
            e.Property(r => r.RequestedBy).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(r => r.DoneAt);
        });
        modelBuilder.Entity<RepairJobRecord>(e =>
        {
            e.ToTable("housingsystem_repair_jobs");
            e.HasKey(j => j.Id);
            e.Property(j => j.JobReference).HasMaxLength(KeyColumn.Reference);
            e.Property(j => j.PropertyReference).HasMaxLength(KeyColumn.Reference);
            e.Property(j => j.Priority).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(j => j.Status).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(j => j.JobReference).IsUnique();
            e.HasIndex(j => j.ComplaintId);
            e.HasIndex(j => j.PropertyReference);
        });
        base.OnModelCreating(modelBuilder);
    }
}

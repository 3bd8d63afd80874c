using Complaints.Kernel.Access;
using Complaints.Kernel.Events;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline.Plugins.Registration;
using Complaints.Kernel.Pipeline.Plugins.Tracing;
using Complaints.Kernel.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Persistence;

/// <summary>The Kernel's own tables (prefix <c>kernel_</c>): outbox, inbox, the event log, idempotency keys, sequences, API keys, the audit of access, legal holds, the records anonymised, leases, landlords' plug-in steps and their trace log.</summary>
public abstract class KernelDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "kernel_migrations";

    protected internal override IReadOnlyList<string> MigrationsReplacedByBaseline =>
    [
        "20261122090000_CreateKernelTables",
    ];

    internal DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    internal DbSet<InboxEntry> Inbox => Set<InboxEntry>();

    internal DbSet<LoggedEvent> Events => Set<LoggedEvent>();

    internal DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    internal DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    internal DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    internal DbSet<Leases.Lease> Leases => Set<Leases.Lease>();

    internal DbSet<AnonymisedRecord> AnonymisedRecords => Set<AnonymisedRecord>();

    internal DbSet<StepRegistration> PluginSteps => Set<StepRegistration>();

    internal DbSet<PluginTrace> PluginTraces => Set<PluginTrace>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("kernel_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).ValueGeneratedOnAdd();
            e.HasIndex(m => new { m.DeliveredAt, m.NextAttemptAt });
        });
        modelBuilder.Entity<InboxEntry>(e =>
        {
            e.ToTable("kernel_inbox");
            e.HasKey(i => new { i.Consumer, i.MessageId });
            e.Property(i => i.Consumer).HasMaxLength(KeyColumn.Name);
        });
        modelBuilder.Entity<LoggedEvent>(e =>
        {
            // Readers ask for ids after a cursor in order, which the primary key serves; an administrator replaying
            // webhooks from a point in time asks by when events were recorded.
            e.ToTable("kernel_events");
            e.HasKey(l => l.Id);
            e.Property(l => l.Id).ValueGeneratedOnAdd();
            e.Property(l => l.EventType).HasMaxLength(KeyColumn.Name);
            e.HasIndex(l => l.RecordedAt);
        });
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("kernel_idempotency");
            e.HasKey(r => new { r.MessageName, r.Key });
            e.Property(r => r.MessageName).HasMaxLength(KeyColumn.Name);
            e.Property(r => r.Key).HasMaxLength(KeyColumn.IdempotencyKey);
        });
        modelBuilder.Entity<SequenceCounter>(e =>
        {
            e.ToTable("kernel_sequences");
            e.HasKey(s => s.Name);
            e.Property(s => s.Name).HasMaxLength(KeyColumn.Name);
        });
        modelBuilder.Entity<ApiKey>(e =>
        {
            e.ToTable("kernel_api_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).HasMaxLength(KeyColumn.Name);
            e.Property(k => k.System).HasMaxLength(KeyColumn.Reference);
            e.Property(k => k.SecretHash).HasMaxLength(64);
            e.Ignore(k => k.RoleList);
            e.HasIndex(k => k.System);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("kernel_audit");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).ValueGeneratedNever(); // numbered by the writer: the number is part of the hash
            e.Property(a => a.Actor).HasMaxLength(KeyColumn.Reference);
            e.Property(a => a.OnBehalfOf).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(a => a.Actor);
            e.HasIndex(a => a.OnBehalfOf);
            e.HasMany(a => a.RecordRows).WithOne().HasForeignKey(r => r.EntryId);
        });
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("kernel_audit_records");
            e.HasKey(r => new { r.EntryId, r.Type, r.Key });
            e.Property(r => r.Type).HasMaxLength(KeyColumn.EnumName);
            e.Property(r => r.Key).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(r => new { r.Type, r.Key });
        });
        modelBuilder.Entity<LegalHold>(e =>
        {
            e.ToTable("kernel_legal_holds");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedOnAdd();
            e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(h => h.Reference).HasMaxLength(KeyColumn.Reference);
            e.Ignore(h => h.InPlace);
            e.HasIndex(h => new { h.Kind, h.Reference });
        });
        modelBuilder.Entity<Leases.Lease>(e =>
        {
            e.ToTable("kernel_leases");
            e.HasKey(l => l.Name);
            e.Property(l => l.Name).HasMaxLength(KeyColumn.Name);
            e.Property(l => l.Holder).HasMaxLength(KeyColumn.Reference);
        });
        modelBuilder.Entity<AnonymisedRecord>(e =>
        {
            e.ToTable("kernel_anonymised_records");
            e.HasKey(r => new { r.Kind, r.Reference });
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(r => r.Reference).HasMaxLength(KeyColumn.Reference);
        });
        modelBuilder.Entity<StepRegistration>(e =>
        {
            e.ToTable("kernel_plugin_steps");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.Name).HasMaxLength(KeyColumn.Reference);
            e.Property(s => s.Message).HasMaxLength(KeyColumn.Name);
            e.Property(s => s.Assembly).HasMaxLength(KeyColumn.Reference);
            e.Property(s => s.Type).HasMaxLength(KeyColumn.PersonName);
            e.Property(s => s.RegisteredBy).HasMaxLength(KeyColumn.Reference);
            e.Property(s => s.UpdatedBy).HasMaxLength(KeyColumn.Reference);
            e.Ignore(s => s.FilteringAttributeList);
            e.Ignore(s => s.PreImageAttributeList);
            e.Ignore(s => s.PostImageAttributeList);
        });
        modelBuilder.Entity<PluginTrace>(e =>
        {
            e.ToTable("kernel_plugin_traces");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).ValueGeneratedNever();
            e.Property(t => t.StepName).HasMaxLength(KeyColumn.Reference);
            e.Property(t => t.Message).HasMaxLength(KeyColumn.Name);
            e.Property(t => t.CorrelationId).HasMaxLength(KeyColumn.Reference);
            e.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(t => t.StepId);
            e.HasIndex(t => t.CorrelationId);
            e.HasIndex(t => t.StartedAt);
        });
        base.OnModelCreating(modelBuilder);
    }
}

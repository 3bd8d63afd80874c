using Complaints.Investigation.Actions;
using Complaints.Investigation.CaseFile;
using Complaints.Investigation.Officers;
using Complaints.Investigation.Responses;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Persistence;

/// <summary>Investigation's own tables (prefix <c>investigation_</c>); no other module reads them.</summary>
internal abstract class InvestigationDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "investigation_migrations";

    protected override IReadOnlyList<string> MigrationsReplacedByBaseline =>
    [
        "20261122180000_CreateAssignmentsTable",
        "20261122181000_CreateCaseFileTables",
        "20261122182000_CreateResponsesTable",
        "20261122183000_CreateActionsTable",
        "20261122184000_CreateMediationsTable",
        "20261122214000_AddContactRouting",
    ];

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<StageResponse> Responses => Set<StageResponse>();

    public DbSet<TrackedAction> Actions => Set<TrackedAction>();

    public DbSet<Mediation> Mediations => Set<Mediation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Assignment>(e =>
        {
            e.ToTable("investigation_assignments");
            e.HasKey(a => a.Id);
            e.Property(a => a.Seniority).HasConversion<string>();
            e.HasIndex(a => new { a.ComplaintId, a.Stage });
        });
        modelBuilder.Entity<Contact>(e =>
        {
            e.ToTable("investigation_contacts");
            e.HasKey(c => c.Id);
            e.Property(c => c.Kind).HasConversion<string>();
            e.Property(c => c.Direction).HasConversion<string>();
            e.Property(c => c.Routing).HasJsonConversion();
            e.HasIndex(c => c.ComplaintId);
        });
        modelBuilder.Entity<Evidence>(e =>
        {
            e.ToTable("investigation_evidence");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>();
            e.HasIndex(x => x.ComplaintId);
        });
        modelBuilder.Entity<StageResponse>(e =>
        {
            e.ToTable("investigation_responses");
            e.HasKey(r => r.Id);
            // Read back whole with the response, never queried: one JSON column each.
            e.Property(r => r.Decisions).HasJsonConversion();
            e.Property(r => r.Remedies).HasJsonConversion();
            e.Property(r => r.OutstandingActions).HasJsonConversion();
            e.Property(r => r.Themes).HasJsonConversion();
            e.Property(r => r.RootCauses).HasJsonConversion();
            e.HasIndex(r => r.ComplaintId);
        });
        modelBuilder.Entity<TrackedAction>(e =>
        {
            e.ToTable("investigation_actions");
            e.HasKey(a => a.Id);
            e.Property(a => a.Status).HasConversion<string>();
            e.Property(a => a.Updates).HasJsonConversion();
            e.HasIndex(a => a.ComplaintId);
        });
        modelBuilder.Entity<Mediation>(e =>
        {
            e.ToTable("investigation_mediations");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.ComplaintId);
        });
        base.OnModelCreating(modelBuilder);
    }
}

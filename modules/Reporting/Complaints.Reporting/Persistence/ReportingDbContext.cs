using Complaints.Kernel.Persistence;
using Complaints.Reporting.ReadModels;
using Complaints.Reporting.ReadModels.Awards;
using Complaints.Reporting.ReadModels.Ombudsman;
using Complaints.Reporting.ReadModels.Restrictions;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Persistence;

/// <summary>The module's own tables (prefix <c>reporting_</c>): read models rebuilt from the event log at will.</summary>
internal abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "reporting_migrations";

    public DbSet<ReportedComplaint> Complaints => Set<ReportedComplaint>();

    public DbSet<ReadModelCursor> Cursors => Set<ReadModelCursor>();

    public DbSet<ReportedAward> Awards => Set<ReportedAward>();

    public DbSet<ReportedAwardCategory> AwardCategories => Set<ReportedAwardCategory>();

    public DbSet<ReportedAwardPayment> AwardPayments => Set<ReportedAwardPayment>();

    public DbSet<ReportedOmbudsmanCase> OmbudsmanCases => Set<ReportedOmbudsmanCase>();

    public DbSet<ReportedOmbudsmanFinding> OmbudsmanFindings => Set<ReportedOmbudsmanFinding>();

    public DbSet<ReportedOmbudsmanOrder> OmbudsmanOrders => Set<ReportedOmbudsmanOrder>();

    public DbSet<ReportedRestriction> Restrictions => Set<ReportedRestriction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportedComplaint>(e =>
        {
            e.ToTable("reporting_complaints");
            e.HasKey(c => c.ComplaintId);
            e.Property(c => c.Reference).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(c => c.ReceivedAt);
            e.HasIndex(c => c.Stage2EnteredAt);
            e.HasIndex(c => c.Stage1RespondedAt);
            e.HasIndex(c => c.Stage2RespondedAt);
        });
        modelBuilder.Entity<ReadModelCursor>(e =>
        {
            e.ToTable("reporting_cursor");
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasMaxLength(KeyColumn.Name);
            // A rebuild resets it under a projector mid-page: the projector's next save is refused, not merged.
            e.Property(c => c.EventId).IsConcurrencyToken();
        });
        RemedyTables.Configure(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}

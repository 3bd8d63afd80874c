using Complaints.Kernel.Persistence;
using Complaints.Reporting.AnnualReports.SelfAssessment;
using Complaints.Reporting.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Persistence;

/// <summary>The module's own tables (prefix <c>reporting_</c>): read models rebuilt from the event log at will.</summary>
internal abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "reporting_migrations";

    public DbSet<ReportedComplaint> Complaints => Set<ReportedComplaint>();

    public DbSet<ReadModelCursor> Cursors => Set<ReadModelCursor>();

    public DbSet<SelfAssessmentAnswer> SelfAssessmentAnswers => Set<SelfAssessmentAnswer>();

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
        modelBuilder.Entity<SelfAssessmentAnswer>(e =>
        {
            e.ToTable("reporting_self_assessment");
            e.HasKey(a => new { a.ReportingYear, a.ProvisionId });
            e.Property(a => a.ProvisionId).HasMaxLength(KeyColumn.Name);
            e.Property(a => a.UpdatedBy).HasMaxLength(KeyColumn.PersonName);
            e.Property(a => a.Commentary).HasMaxLength(4000);
            e.Property(a => a.Version).IsConcurrencyToken();
        });
        base.OnModelCreating(modelBuilder);
    }
}

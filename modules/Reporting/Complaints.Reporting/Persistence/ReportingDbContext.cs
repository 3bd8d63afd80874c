using Complaints.Kernel.Persistence;
using Complaints.Reporting.AnnualReports.SelfAssessment;
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

    public DbSet<ReportedLearning> Learning => Set<ReportedLearning>();

    public DbSet<ReportedServiceImprovement> ServiceImprovements => Set<ReportedServiceImprovement>();

    public DbSet<ReadModelCursor> Cursors => Set<ReadModelCursor>();

    public DbSet<SelfAssessmentAnswer> SelfAssessmentAnswers => Set<SelfAssessmentAnswer>();

    public DbSet<ReportedAward> Awards => Set<ReportedAward>();

    public DbSet<ReportedAwardCategory> AwardCategories => Set<ReportedAwardCategory>();

    public DbSet<ReportedAwardPayment> AwardPayments => Set<ReportedAwardPayment>();

    public DbSet<ReportedOmbudsmanCase> OmbudsmanCases => Set<ReportedOmbudsmanCase>();

    public DbSet<ReportedOmbudsmanFinding> OmbudsmanFindings => Set<ReportedOmbudsmanFinding>();

    public DbSet<ReportedOmbudsmanOrder> OmbudsmanOrders => Set<ReportedOmbudsmanOrder>();

    public DbSet<ReportedRestriction> Restrictions => Set<ReportedRestriction>();

    public DbSet<ReadModels.Hazards.ReportedHazard> Hazards => Set<ReadModels.Hazards.ReportedHazard>();

    public DbSet<ReadModels.Hazards.ReportedHazardMiss> HazardMisses => Set<ReadModels.Hazards.ReportedHazardMiss>();

    public DbSet<ReadModels.Hazards.ReportedAccommodationOffer> AccommodationOffers => Set<ReadModels.Hazards.ReportedAccommodationOffer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportedComplaint>(e =>
        {
            e.ToTable("reporting_complaints");
            e.HasKey(c => c.ComplaintId);
            e.Property(c => c.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.Channel).HasMaxLength(KeyColumn.EnumName);
            e.Property(c => c.Category).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.ExclusionReason).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.StockType).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(c => c.Stage1Outcome).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(c => c.Stage2Outcome).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(c => c.Stage1Handler).HasMaxLength(KeyColumn.PersonName);
            e.Property(c => c.Stage2Handler).HasMaxLength(KeyColumn.PersonName);
            e.ComplexProperty(c => c.Stage1Acknowledge);
            e.ComplexProperty(c => c.Stage1Respond);
            e.ComplexProperty(c => c.Stage2Acknowledge);
            e.ComplexProperty(c => c.Stage2Respond);
            // The measures pick a year's complaints by one of these instants (a range each); the lines page by reference.
            e.HasIndex(c => c.ReceivedAt);
            e.HasIndex(c => c.Stage2EnteredAt);
            e.HasIndex(c => c.Stage1RespondedAt);
            e.HasIndex(c => c.Stage2RespondedAt);
            e.HasIndex(c => c.Reference);
            e.Property(c => c.ResidentReference).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.PropertyReference).HasMaxLength(KeyColumn.Reference);
        });
        modelBuilder.Entity<ReportedLearning>(e =>
        {
            e.ToTable("reporting_complaint_learning");
            e.HasKey(l => new { l.ComplaintId, l.Stage, l.Kind, l.Code });
            e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(l => l.Code).HasMaxLength(KeyColumn.Reference);
        });
        modelBuilder.Entity<ReportedServiceImprovement>(e =>
        {
            e.ToTable("reporting_service_improvements");
            e.HasKey(i => new { i.ComplaintId, i.Stage, i.Number });
            e.Property(i => i.Description).HasMaxLength(4000);
            e.HasIndex(i => i.MadeAt);
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
        RemedyTables.Configure(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}

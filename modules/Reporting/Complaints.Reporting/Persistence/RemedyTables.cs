using Complaints.Kernel.Persistence;
using Complaints.Reporting.ReadModels.Awards;
using Complaints.Reporting.ReadModels.Hazards;
using Complaints.Reporting.ReadModels.Ombudsman;
using Complaints.Reporting.ReadModels.Restrictions;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Persistence;

/// <summary>The tables of the award, Ombudsman, restriction and hazard read models; indexed on the days and instants the annual figures select by.</summary>
internal static class RemedyTables
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportedAward>(e =>
        {
            e.ToTable("reporting_awards");
            e.HasKey(a => a.AwardId);
            e.Property(a => a.AwardId).ValueGeneratedNever();
            e.Property(a => a.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(a => a.OmbudsmanCaseReference).HasMaxLength(KeyColumn.Reference);
            e.Property(a => a.OfferAnswer).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(a => a.ApprovedAt);
        });
        modelBuilder.Entity<ReportedAwardCategory>(e =>
        {
            e.ToTable("reporting_award_categories");
            e.Property(c => c.Category).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasKey(c => new { c.AwardId, c.Category });
        });
        modelBuilder.Entity<ReportedAwardPayment>(e =>
        {
            e.ToTable("reporting_award_payments");
            e.HasKey(p => p.PaymentId);
            e.Property(p => p.PaymentId).ValueGeneratedNever();
            e.HasIndex(p => p.PaidOn);
            e.HasIndex(p => p.AwardId);
        });
        modelBuilder.Entity<ReportedOmbudsmanCase>(e =>
        {
            e.ToTable("reporting_ombudsman_cases");
            e.HasKey(c => c.OmbudsmanCaseReference);
            e.Property(c => c.OmbudsmanCaseReference).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.ComplaintIds).HasJsonConversion();
            e.HasIndex(c => c.ReferredOn);
            e.HasIndex(c => c.DeterminedOn);
        });
        modelBuilder.Entity<ReportedOmbudsmanFinding>(e =>
        {
            e.ToTable("reporting_ombudsman_findings");
            e.HasKey(f => new { f.OmbudsmanCaseReference, f.Number });
            e.Property(f => f.OmbudsmanCaseReference).HasMaxLength(KeyColumn.Reference);
            e.Property(f => f.Finding).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
        });
        modelBuilder.Entity<ReportedOmbudsmanOrder>(e =>
        {
            e.ToTable("reporting_ombudsman_orders");
            e.HasKey(o => o.OrderId);
            e.Property(o => o.OrderId).ValueGeneratedNever();
            e.Property(o => o.OmbudsmanCaseReference).HasMaxLength(KeyColumn.Reference);
            e.Property(o => o.Type).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(o => o.DueOn);
            e.HasIndex(o => o.CompliedOn);
        });
        modelBuilder.Entity<ReportedRestriction>(e =>
        {
            e.ToTable("reporting_restrictions");
            e.HasKey(r => r.RestrictionId);
            e.Property(r => r.RestrictionId).ValueGeneratedNever();
            e.Property(r => r.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(r => r.CaseReference).HasMaxLength(KeyColumn.Reference);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.Property(r => r.LiftedBecause).HasConversion<string>().HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(r => r.DecidedAt);
            e.HasIndex(r => r.ReviewDueOn);
        });
        modelBuilder.Entity<ReportedHazard>(e =>
        {
            e.ToTable("reporting_hazards");
            e.HasKey(h => h.HazardId);
            e.Property(h => h.HazardId).ValueGeneratedNever();
            e.Property(h => h.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(h => h.Kind).HasMaxLength(KeyColumn.Reference);
            e.Property(h => h.StopReason).HasMaxLength(KeyColumn.EnumName);
            e.HasIndex(h => h.AwareAt);
        });
        modelBuilder.Entity<ReportedHazardMiss>(e =>
        {
            e.ToTable("reporting_hazard_misses");
            e.HasKey(m => new { m.HazardId, m.Clock });
            e.Property(m => m.Clock).HasMaxLength(KeyColumn.Reference);
            e.Property(m => m.Kind).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(m => m.DueAt);
        });
        modelBuilder.Entity<ReportedAccommodationOffer>(e =>
        {
            e.ToTable("reporting_accommodation_offers");
            e.HasKey(o => new { o.HazardId, o.OfferedAt });
            e.Property(o => o.Kind).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(o => o.OfferedAt);
        });
    }
}

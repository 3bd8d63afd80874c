using Complaints.Intake.Domain;
using Complaints.Intake.Feedback;
using Complaints.Intake.ServiceRequests;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Persistence;

/// <summary>Intake's own tables (prefix <c>intake_</c>); no other module reads them.</summary>
internal abstract class IntakeDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "intake_migrations";

    protected override IReadOnlyList<string> MigrationsReplacedByBaseline =>
    [
        "20261122091000_CreateComplaintsTable",
        "20261122101000_AddAcknowledgementAndOutcome",
        "20261122102000_AddAcceptanceFacts",
        "20261122170000_AddDetailsLinksAndServiceRequests",
        "20261122214000_AddContactRouting",
    ];

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintLink> Links => Set<ComplaintLink>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    public DbSet<FeedbackRecord> Feedback => Set<FeedbackRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Complaint>(e =>
        {
            e.ToTable("intake_complaints");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.Reference).IsUnique();
            e.Property(c => c.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(c => c.NamedOfficer).HasMaxLength(KeyColumn.PersonName);
            // ListComplaints walks these in its order (newest received first, then by reference) and stops at the
            // page's end: every complaint, or one officer's.
            e.HasIndex(c => new { c.ReceivedAt, c.Reference });
            e.HasIndex(c => new { c.NamedOfficer, c.ReceivedAt, c.Reference });
            e.Property(c => c.Channel).HasConversion<string>();
            e.Property(c => c.Category).HasMaxLength(KeyColumn.Reference);
            e.ComplexProperty(c => c.Acceptance, a =>
            {
                a.Property(x => x.Acceptable).HasColumnName("AcceptanceAcceptable");
                a.Property(x => x.Explanation).HasColumnName("AcceptanceExplanation");
                a.Property(x => x.SuggestedExclusionReason).HasColumnName("AcceptanceSuggestedExclusionReason");
                a.Property(x => x.OfficerMayOverride).HasColumnName("AcceptanceOfficerMayOverride");
                a.Property(x => x.Route).HasColumnName("AcceptanceRoute");
                a.Property(x => x.ReplyDueOn).HasColumnName("AcceptanceReplyDueOn");
            });
            // Details read back whole and never queried: one JSON column each.
            e.Property(c => c.AcceptanceOverride).HasJsonConversion();
            e.Property(c => c.Points).HasJsonConversion();
            e.Property(c => c.Representative).HasJsonConversion();
            e.Property(c => c.RepresentativeConsent).HasJsonConversion();
            e.Property(c => c.ReasonableAdjustments).HasJsonConversion();
            e.Property(c => c.Vulnerabilities).HasJsonConversion();
            e.Property(c => c.ContactRouting).HasJsonConversion();
            e.HasIndex(c => c.ServiceRequestId);
        });
        modelBuilder.Entity<ComplaintLink>(e =>
        {
            e.ToTable("intake_complaint_links");
            e.HasKey(l => l.Id);
            e.Property(l => l.Kind).HasConversion<string>();
            e.HasIndex(l => new { l.ComplaintId, l.LinkedComplaintId }).IsUnique();
            e.HasIndex(l => l.LinkedComplaintId);
        });
        modelBuilder.Entity<ServiceRequest>(e =>
        {
            e.ToTable("intake_service_requests");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.Reference).IsUnique();
            e.Property(r => r.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(r => r.Channel).HasConversion<string>();
        });
        modelBuilder.Entity<FeedbackRecord>(e =>
        {
            e.ToTable("intake_feedback");
            e.HasKey(f => f.Id);
            e.HasIndex(f => f.Reference).IsUnique();
            e.Property(f => f.Reference).HasMaxLength(KeyColumn.Reference);
            e.Property(f => f.Kind).HasMaxLength(KeyColumn.Reference);
            e.Property(f => f.ServiceArea).HasMaxLength(KeyColumn.PersonName);
            e.Property(f => f.Channel).HasConversion<string>();
            // ListFeedback walks these in its order (newest received first, then by reference): all, one kind, one area.
            e.HasIndex(f => new { f.ReceivedAt, f.Reference });
            e.HasIndex(f => new { f.Kind, f.ReceivedAt, f.Reference });
            e.HasIndex(f => new { f.ServiceArea, f.ReceivedAt, f.Reference });
            // The counts read only this index: a range of received instants, grouped by month and kind.
            e.HasIndex(f => new { f.ReceivedAt, f.Kind, f.ReceivedMonth, f.IsCompliment, f.ComplaintId });
            e.HasIndex(f => f.ComplaintId);
        });
        base.OnModelCreating(modelBuilder);
    }
}

using Complaints.Kernel.Persistence;
using Complaints.OmbudsmanLiaison.Domain;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Persistence;

/// <summary>The module's own tables (prefix <c>ombudsmanliaison_</c>); no other module reads them.</summary>
internal abstract class OmbudsmanLiaisonDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "ombudsmanliaison_migrations";

    protected override IReadOnlyList<string> MigrationsReplacedByBaseline =>
    [
        "20261122220000_CreateLiaisonTables",
    ];

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<EvidenceRequest> EvidenceRequests => Set<EvidenceRequest>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Referral>(e =>
        {
            e.ToTable("ombudsmanliaison_referrals");
            e.HasKey(r => r.Id);
            e.Property(r => r.Complaints).HasJsonConversion();
            e.Property(r => r.Determination).HasJsonConversion();
            e.Property(r => r.OmbudsmanCaseReference).HasMaxLength(KeyColumn.Reference);
            e.HasIndex(r => r.OmbudsmanCaseReference).IsUnique();
        });
        modelBuilder.Entity<EvidenceRequest>(e =>
        {
            e.ToTable("ombudsmanliaison_evidence_requests");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.ReferralId);
        });
        modelBuilder.Entity<Order>(e =>
        {
            e.ToTable("ombudsmanliaison_orders");
            e.HasKey(o => o.Id);
            e.Property(o => o.Type).HasConversion<string>();
            e.HasIndex(o => o.ReferralId);
            e.HasIndex(o => o.CompliedOn);
        });
        modelBuilder.Entity<Recommendation>(e =>
        {
            e.ToTable("ombudsmanliaison_recommendations");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.ReferralId);
        });
        base.OnModelCreating(modelBuilder);
    }
}

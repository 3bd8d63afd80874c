using Complaints.Intake.Domain;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Persistence;

/// <summary>Intake's own tables (prefix <c>intake_</c>); no other module reads them.</summary>
internal sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options, UnitOfWork unitOfWork, DatabaseProvider provider)
    : ModuleDbContext(options, unitOfWork, provider)
{
    public const string MigrationsHistoryTable = "intake_migrations";

    public DbSet<Complaint> Complaints => Set<Complaint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Complaint>(e =>
        {
            e.ToTable("intake_complaints");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.Reference).IsUnique();
            e.Property(c => c.Channel).HasConversion<string>();
            e.ComplexProperty(c => c.Acceptance, a =>
            {
                a.Property(x => x.Acceptable).HasColumnName("AcceptanceAcceptable");
                a.Property(x => x.Explanation).HasColumnName("AcceptanceExplanation");
                a.Property(x => x.SuggestedExclusionReason).HasColumnName("AcceptanceSuggestedExclusionReason");
                a.Property(x => x.OfficerMayOverride).HasColumnName("AcceptanceOfficerMayOverride");
            });
        });
        base.OnModelCreating(modelBuilder);
    }
}

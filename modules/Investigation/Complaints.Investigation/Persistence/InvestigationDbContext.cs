using Complaints.Investigation.Officers;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Persistence;

/// <summary>Investigation's own tables (prefix <c>investigation_</c>); no other module reads them.</summary>
internal sealed class InvestigationDbContext(DbContextOptions<InvestigationDbContext> options, UnitOfWork unitOfWork, DatabaseProvider provider)
    : ModuleDbContext(options, unitOfWork, provider)
{
    public const string MigrationsHistoryTable = "investigation_migrations";

    public DbSet<Assignment> Assignments => Set<Assignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Assignment>(e =>
        {
            e.ToTable("investigation_assignments");
            e.HasKey(a => a.Id);
            e.Property(a => a.Seniority).HasConversion<string>();
            e.HasIndex(a => new { a.ComplaintId, a.Stage });
        });
        base.OnModelCreating(modelBuilder);
    }
}

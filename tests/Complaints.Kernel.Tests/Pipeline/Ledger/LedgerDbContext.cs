using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options)
    : ModuleDbContext(options)
{
    public const string MigrationsHistoryTable = "ledger_migrations";

    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("test_ledger");
            e.HasKey(x => x.Id);
        });
        base.OnModelCreating(modelBuilder);
    }
}

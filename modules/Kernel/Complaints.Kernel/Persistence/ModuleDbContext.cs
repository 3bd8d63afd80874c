using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// Base of every module's DbContext: joins the call's unit of work, bumps <see cref="IVersioned"/> versions on
/// save, and turns EF's concurrency failure into <see cref="ConcurrencyConflictException"/>.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly bool _sqlite;

    protected ModuleDbContext(DbContextOptions options, UnitOfWork unitOfWork, DatabaseProvider provider) : base(options)
    {
        _sqlite = provider.Kind == DatabaseProviderKind.Sqlite;
        unitOfWork.Enlist(this);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var entry = e.Entries.FirstOrDefault();
            throw new ConcurrencyConflictException(entry?.Metadata.ClrType.Name ?? "Record",
                entry?.Properties.FirstOrDefault(p => p.Metadata.IsPrimaryKey())?.CurrentValue?.ToString() ?? "?");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite cannot compare or order DateTimeOffset text; store UTC instants as sortable integers there.
        if (_sqlite)
        {
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configuration.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }
}

using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// Base of every module's DbContext: joins the call's unit of work, bumps <see cref="IVersioned"/> versions on
/// save, turns EF's concurrency failure into <see cref="ConcurrencyConflictException"/>, and loads rows for update.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// Takes part in the call: its shared connection and transaction. Contexts are pooled (building one costs more than
    /// a small read), so a context is joined to each call it is lent to rather than made for it.
    /// </summary>
    internal void JoinCall(UnitOfWork unitOfWork)
    {
        Database.SetDbConnection(unitOfWork.Connection, contextOwnsConnection: false);
        unitOfWork.Enlist(this);
    }

    private DatabaseProviderKind Kind =>
        Database.IsSqlite() ? DatabaseProviderKind.Sqlite
        : Database.IsSqlServer() ? DatabaseProviderKind.SqlServer
        : DatabaseProviderKind.PostgreSql;

    /// <summary>
    /// The row with this primary key (tracked), locked against every other writer until the call's transaction ends:
    /// concurrent changes to one aggregate then run one after another, each seeing the one before, so a retry finds
    /// its first attempt instead of racing it to a unique index or a stale version. PostgreSQL: SELECT … FOR UPDATE.
    /// SQL Server: an update lock (UPDLOCK, held to the end of the transaction). SQLite: the call's transaction began
    /// IMMEDIATE (<see cref="UnitOfWork"/>) and already holds the one write lock.
    /// </summary>
    public Task<T?> FindForUpdateAsync<T>(object key, CancellationToken cancellationToken) where T : class =>
        FindLockedAsync<T>(key, skipLocked: false, cancellationToken);

    /// <summary>
    /// <see cref="FindForUpdateAsync{T}"/>, except that a row another transaction has locked is passed over (null)
    /// instead of waited for: how several hosts share a queue, each taking what the others are not working on
    /// (PostgreSQL: FOR UPDATE SKIP LOCKED; SQL Server: READPAST). SQLite has one writer, so nothing is ever passed over.
    /// </summary>
    public Task<T?> FindForUpdateUnlessLockedAsync<T>(object key, CancellationToken cancellationToken) where T : class =>
        FindLockedAsync<T>(key, skipLocked: true, cancellationToken);

    private async Task<T?> FindLockedAsync<T>(object key, bool skipLocked, CancellationToken cancellationToken) where T : class
    {
        if (Kind == DatabaseProviderKind.Sqlite)
            return await Set<T>().FindAsync([key], cancellationToken);
        var entity = Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in {GetType().Name}.");
        var column = entity.FindPrimaryKey()!.Properties.Single().GetColumnName();
        var sql = this.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var select = Kind == DatabaseProviderKind.SqlServer
            ? $"SELECT * FROM {table} WITH (UPDLOCK, ROWLOCK{(skipLocked ? ", READPAST" : "")}) WHERE {sql.DelimitIdentifier(column)} = {{0}}"
            : $"SELECT * FROM {table} WHERE {sql.DelimitIdentifier(column)} = {{0}} FOR UPDATE{(skipLocked ? " SKIP LOCKED" : "")}";
        // Not composed further (no SingleOrDefault in SQL), so the statement runs exactly as written.
        return (await Set<T>().FromSqlRaw(select, key).ToListAsync(cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// The ids of the hand-written migrations (before EF Core generated them) that this module's generated
    /// <c>Baseline</c> migration replaces. A database they made is at the Baseline's schema: the start-up migrator
    /// records the Baseline as applied there instead of running it (<see cref="DatabaseMigrator"/>).
    /// </summary>
    protected internal virtual IReadOnlyList<string> MigrationsReplacedByBaseline => [];

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
        if (Database.IsSqlite())
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

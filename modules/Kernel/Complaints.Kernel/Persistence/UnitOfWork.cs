using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// One connection and one transaction per call, shared by every module's DbContext, so a module's write, the
/// lifecycle transition and the outbox rows commit together or not at all. A message started inside another joins
/// the outer transaction.
/// </summary>
public sealed class UnitOfWork(DatabaseProvider provider, Telemetry.ComplaintsMetrics metrics) : IAsyncDisposable
{
    private readonly List<DbContext> _contexts = [];
    private readonly List<Action> _afterCommit = [];
    private readonly List<Action> _afterRollback = [];
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private bool _rollbackOnly;

    public DbConnection Connection => _connection ??= provider.CreateConnection();

    public bool InTransaction => _transaction is not null;

    /// <summary>The call's transaction, for savepoints around a statement that may lose a race (null outside one).</summary>
    internal DbTransaction? Transaction => _transaction;

    /// <summary>Runs <paramref name="work"/> in the call's transaction, saving every context's changes before commit.</summary>
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (_transaction is not null)
            return await ExecuteNestedAsync(work);
        if (Connection.State != System.Data.ConnectionState.Open)
            await Connection.OpenAsync(cancellationToken);
        // SQLite has one writer at a time. Calls queue for it here, in the process, rather than at the database: a
        // BEGIN that finds the database busy makes Microsoft.Data.Sqlite sleep and retry, which under concurrent writes
        // costs more than the write.
        using var turn = Connection is SqliteConnection ? await provider.SqliteWriters.TakeTurnAsync(cancellationToken) : null;
        // SQLite: IMMEDIATE, so the call takes the database's one write lock before it reads anything; calls that
        // change data then run one at a time, which is what ModuleDbContext.FindForUpdateAsync relies on there.
        await using var transaction = Connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await Connection.BeginTransactionAsync(cancellationToken);
        _transaction = transaction;
        _rollbackOnly = false;
        foreach (var context in _contexts)
            await context.Database.UseTransactionAsync(transaction, cancellationToken);
        T result;
        try
        {
            result = await work();
            if (_rollbackOnly)
                throw new Errors.RuleViolationException(
                    "A message started inside this one failed, so nothing of this call was saved.");
            foreach (var context in _contexts.Where(c => c.ChangeTracker.HasChanges()).ToList())
                await context.SaveChangesAsync(cancellationToken);
            // Once we commit, the caller's deadline no longer matters: a half-known outcome is worse than a late one.
            await transaction.CommitAsync(CancellationToken.None);
            metrics.StatementSent();
        }
        catch
        {
            await RollBackQuietlyAsync(transaction);
            throw;
        }
        finally
        {
            _transaction = null;
            foreach (var context in _contexts)
                await context.Database.UseTransactionAsync(null, CancellationToken.None);
        }
        RunAfterCommit();
        return result;
    }

    /// <summary>
    /// Runs reads that must agree with one another (a report's figures, several queries) on one snapshot of the
    /// database, so a writer committing between them cannot show half its change: a read-only transaction, rolled back
    /// at the end (nothing may be saved in it). PostgreSQL: REPEATABLE READ, one snapshot that never blocks a writer.
    /// SQLite: deferred, its read lock held to the end (a commit waits the few milliseconds). SQL Server, whose snapshot
    /// isolation is a database option, and a call already in a transaction run the reads as they are.
    /// </summary>
    public async Task<T> ReadSnapshotAsync<T>(Func<Task<T>> reads, CancellationToken cancellationToken)
    {
        if (_transaction is not null || provider.Kind == DatabaseProviderKind.SqlServer)
            return await reads();
        if (Connection.State != System.Data.ConnectionState.Open)
            await Connection.OpenAsync(cancellationToken);
        await using var transaction = Connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await Connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        _transaction = transaction;
        foreach (var context in _contexts)
            await context.Database.UseTransactionAsync(transaction, cancellationToken);
        try
        {
            return await reads();
        }
        finally
        {
            _transaction = null;
            foreach (var context in _contexts)
                await context.Database.UseTransactionAsync(null, CancellationToken.None);
            await transaction.RollbackAsync(CancellationToken.None); // it only read
        }
    }

    /// <summary>
    /// A message inside another shares its transaction. If it fails, the whole call must fail even when a plug-in
    /// catches the error (as in Dataverse), or the outer commit would keep half of the inner message.
    /// </summary>
    private async Task<T> ExecuteNestedAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch
        {
            _rollbackOnly = true;
            throw;
        }
    }

    private async Task RollBackQuietlyAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or DbException)
        {
            // The transaction is already finished or broken; the error that got us here is the one to report.
        }
        foreach (var context in _contexts)
            context.ChangeTracker.Clear(); // what was tracked never happened
        _afterCommit.Clear();
        foreach (var action in _afterRollback)
            action();
        _afterRollback.Clear();
    }

    /// <summary>Called by each module context as it is created, so it shares the connection and transaction.</summary>
    internal void Enlist(DbContext context)
    {
        // No savepoint around each SaveChanges: a failed save fails the whole call (nothing catches it half-way but the
        // few statements that set their own savepoint), and on PostgreSQL each savepoint is two more round trips held
        // inside the transaction, with its row locks.
        context.Database.AutoSavepointsEnabled = false;
        _contexts.Add(context);
        if (_transaction is not null)
            context.Database.UseTransaction(_transaction);
    }

    /// <summary>A raw command on the call's connection and transaction, for the few statements EF cannot express.</summary>
    internal DbCommand CreateCommand(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        metrics.StatementSent(); // made to be run once; EF Core's own commands are counted by Telemetry.StatementCounter
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Runs once the current transaction has committed (never if it rolls back).</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>Runs if the current transaction rolls back: to forget what the call kept of changes that never happened.</summary>
    public void AfterRollback(Action action) => _afterRollback.Add(action);

    private void RunAfterCommit()
    {
        _afterRollback.Clear();
        foreach (var action in _afterCommit)
            action();
        _afterCommit.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
    }
}

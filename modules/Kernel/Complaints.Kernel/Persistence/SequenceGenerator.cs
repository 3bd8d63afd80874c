using System.Data.Common;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// Gap-free counters inside the call's transaction, for references such as <c>CMP-2026-000123</c>: the UPDATE locks
/// the counter's row until the call commits, so concurrent callers never share a number, and returns the new value in
/// the same statement (<c>RETURNING</c>; SQL Server's <c>OUTPUT</c>), since every round trip made while the row is
/// locked is time other calls wait. A counter's first use INSERTs it behind a savepoint; a caller that loses that race
/// rolls back to the savepoint (PostgreSQL would otherwise abort the whole transaction) and increments the winner's row.
/// </summary>
public sealed class SequenceGenerator(UnitOfWork unitOfWork, DatabaseProvider provider)
{
    private const string Savepoint = "kernel_sequence_first_use";

    public async Task<long> NextAsync(string name, CancellationToken cancellationToken)
    {
        var transaction = unitOfWork.Transaction
            ?? throw new InvalidOperationException("Sequence numbers are taken inside a message's transaction, so a rollback returns them.");
        for (var attempt = 1; ; attempt++)
        {
            if (await IncrementAsync(name, cancellationToken) is { } next)
                return next;
            await transaction.SaveAsync(Savepoint, cancellationToken);
            try
            {
                await using var insert = unitOfWork.CreateCommand(
                    """INSERT INTO kernel_sequences ("Name", "Value") VALUES (@name, 1)""", ("name", name));
                await insert.ExecuteNonQueryAsync(cancellationToken);
                await transaction.ReleaseAsync(Savepoint, cancellationToken);
                return 1;
            }
            catch (DbException) when (attempt < 3)
            {
                // Another call created the counter first (a duplicate key); its row now exists to increment.
                await transaction.RollbackAsync(Savepoint, cancellationToken);
            }
        }
    }

    /// <summary>The counter's next value, or null when the counter has never been used.</summary>
    private async Task<long?> IncrementAsync(string name, CancellationToken cancellationToken)
    {
        await using var increment = unitOfWork.CreateCommand(provider.Kind == DatabaseProviderKind.SqlServer
            ? """UPDATE kernel_sequences SET "Value" = "Value" + 1 OUTPUT inserted."Value" WHERE "Name" = @name"""
            : "UPDATE kernel_sequences SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = @name RETURNING \"Value\"", ("name", name));
        return await increment.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt64(value) : null;
    }
}

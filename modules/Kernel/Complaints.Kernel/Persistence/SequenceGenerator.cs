namespace Complaints.Kernel.Persistence;

/// <summary>
/// Gap-free counters inside the call's transaction, for references such as <c>CMP-2026-000123</c>. The increment
/// is one atomic UPDATE … RETURNING, which SQLite and PostgreSQL both run, so concurrent callers never share a number.
/// </summary>
public sealed class SequenceGenerator(UnitOfWork unitOfWork)
{
    public async Task<long> NextAsync(string name, CancellationToken cancellationToken)
    {
        if (!unitOfWork.InTransaction)
            throw new InvalidOperationException("Sequence numbers are taken inside a message's transaction, so a rollback returns them.");
        await using var insert = unitOfWork.CreateCommand(
            """INSERT INTO kernel_sequences ("Name", "Value") VALUES (@name, 0) ON CONFLICT ("Name") DO NOTHING""", ("name", name));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await using var increment = unitOfWork.CreateCommand(
            """UPDATE kernel_sequences SET "Value" = "Value" + 1 WHERE "Name" = @name RETURNING "Value" """, ("name", name));
        return Convert.ToInt64(await increment.ExecuteScalarAsync(cancellationToken));
    }
}

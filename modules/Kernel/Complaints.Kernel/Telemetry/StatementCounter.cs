using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Complaints.Kernel.Telemetry;

/// <summary>
/// Counts every command EF Core sends (<c>complaints.db.statements</c>); the few the Kernel writes by hand count
/// themselves (<see cref="Persistence.UnitOfWork"/>). With the calls made, it gives round trips per call.
/// </summary>
internal sealed class StatementCounter(ComplaintsMetrics metrics) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        metrics.StatementSent();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        metrics.StatementSent();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        metrics.StatementSent();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        metrics.StatementSent();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        metrics.StatementSent();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        metrics.StatementSent();
        return ValueTask.FromResult(result);
    }
}

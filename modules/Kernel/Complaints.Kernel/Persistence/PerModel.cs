using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext,TResult}(System.Linq.Expressions.Expression{Func{TContext,DbSet{TResult}}})"/>),
/// compiled once per model: EF Core binds a compiled query to the first model it runs against, and one process can
/// hold several — a context type's model differs per provider, and the tests run SQLite and PostgreSQL side by side.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext context) => _compiled.GetValue(context.Model, _ => compile());
}

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Persistence.Migrations.Sqlite;

/// <summary>CompensationDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class CompensationSqliteDbContext(DbContextOptions<CompensationSqliteDbContext> options)
    : CompensationDbContext(options);

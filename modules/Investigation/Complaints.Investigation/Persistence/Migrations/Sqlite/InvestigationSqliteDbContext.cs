using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Persistence.Migrations.Sqlite;

/// <summary>InvestigationDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class InvestigationSqliteDbContext(DbContextOptions<InvestigationSqliteDbContext> options)
    : InvestigationDbContext(options);

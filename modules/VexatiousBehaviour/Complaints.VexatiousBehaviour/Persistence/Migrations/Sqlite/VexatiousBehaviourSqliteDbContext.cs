using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Persistence.Migrations.Sqlite;

/// <summary>VexatiousBehaviourDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class VexatiousBehaviourSqliteDbContext(DbContextOptions<VexatiousBehaviourSqliteDbContext> options)
    : VexatiousBehaviourDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle.Persistence.Migrations.Sqlite;

/// <summary>LifecycleDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class LifecycleSqliteDbContext(DbContextOptions<LifecycleSqliteDbContext> options)
    : LifecycleDbContext(options);

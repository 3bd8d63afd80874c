using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Persistence.Migrations.Sqlite;

/// <summary>KernelDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class KernelSqliteDbContext(DbContextOptions<KernelSqliteDbContext> options)
    : KernelDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle.Persistence.Migrations.PostgreSql;

/// <summary>LifecycleDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class LifecyclePostgreSqlDbContext(DbContextOptions<LifecyclePostgreSqlDbContext> options)
    : LifecycleDbContext(options);

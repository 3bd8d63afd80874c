using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle.Persistence.Migrations.SqlServer;

/// <summary>LifecycleDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class LifecycleSqlServerDbContext(DbContextOptions<LifecycleSqlServerDbContext> options)
    : LifecycleDbContext(options);

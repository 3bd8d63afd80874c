using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Persistence.Migrations.SqlServer;

/// <summary>KernelDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class KernelSqlServerDbContext(DbContextOptions<KernelSqlServerDbContext> options)
    : KernelDbContext(options);

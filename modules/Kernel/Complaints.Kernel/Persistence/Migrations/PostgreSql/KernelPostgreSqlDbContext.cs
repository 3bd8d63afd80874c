using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Persistence.Migrations.PostgreSql;

/// <summary>KernelDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class KernelPostgreSqlDbContext(DbContextOptions<KernelPostgreSqlDbContext> options)
    : KernelDbContext(options);

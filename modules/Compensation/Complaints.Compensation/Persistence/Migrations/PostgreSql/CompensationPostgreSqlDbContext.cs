using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Persistence.Migrations.PostgreSql;

/// <summary>CompensationDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class CompensationPostgreSqlDbContext(DbContextOptions<CompensationPostgreSqlDbContext> options)
    : CompensationDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Persistence.Migrations.PostgreSql;

/// <summary>InvestigationDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class InvestigationPostgreSqlDbContext(DbContextOptions<InvestigationPostgreSqlDbContext> options)
    : InvestigationDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Hazards.Persistence.Migrations.PostgreSql;

/// <summary>HazardsDbContext on PostgreSql: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class HazardsPostgreSqlDbContext(DbContextOptions<HazardsPostgreSqlDbContext> options)
    : HazardsDbContext(options);

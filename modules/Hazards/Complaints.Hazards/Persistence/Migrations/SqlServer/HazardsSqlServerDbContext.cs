using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Hazards.Persistence.Migrations.SqlServer;

/// <summary>HazardsDbContext on SqlServer: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class HazardsSqlServerDbContext(DbContextOptions<HazardsSqlServerDbContext> options)
    : HazardsDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Hazards.Persistence.Migrations.Sqlite;

/// <summary>HazardsDbContext on Sqlite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class HazardsSqliteDbContext(DbContextOptions<HazardsSqliteDbContext> options)
    : HazardsDbContext(options);

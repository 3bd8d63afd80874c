using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Persistence.Migrations.SqlServer;

/// <summary>HousingSystemDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class HousingSystemSqlServerDbContext(DbContextOptions<HousingSystemSqlServerDbContext> options)
    : HousingSystemDbContext(options);

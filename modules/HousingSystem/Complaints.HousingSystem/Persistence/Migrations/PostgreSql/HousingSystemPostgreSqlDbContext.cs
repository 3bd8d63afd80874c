using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Persistence.Migrations.PostgreSql;

/// <summary>HousingSystemDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class HousingSystemPostgreSqlDbContext(DbContextOptions<HousingSystemPostgreSqlDbContext> options)
    : HousingSystemDbContext(options);

using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Persistence.Migrations.Sqlite;

/// <summary>HousingSystemDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class HousingSystemSqliteDbContext(DbContextOptions<HousingSystemSqliteDbContext> options)
    : HousingSystemDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Persistence.Migrations.Sqlite;

/// <summary>OmbudsmanLiaisonDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class OmbudsmanLiaisonSqliteDbContext(DbContextOptions<OmbudsmanLiaisonSqliteDbContext> options)
    : OmbudsmanLiaisonDbContext(options);

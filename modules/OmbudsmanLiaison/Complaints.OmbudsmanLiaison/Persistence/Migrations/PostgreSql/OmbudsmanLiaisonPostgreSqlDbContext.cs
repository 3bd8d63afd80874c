using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Persistence.Migrations.PostgreSql;

/// <summary>OmbudsmanLiaisonDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class OmbudsmanLiaisonPostgreSqlDbContext(DbContextOptions<OmbudsmanLiaisonPostgreSqlDbContext> options)
    : OmbudsmanLiaisonDbContext(options);

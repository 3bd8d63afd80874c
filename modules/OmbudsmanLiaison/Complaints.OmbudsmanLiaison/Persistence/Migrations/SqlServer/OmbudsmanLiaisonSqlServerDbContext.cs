using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Persistence.Migrations.SqlServer;

/// <summary>OmbudsmanLiaisonDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class OmbudsmanLiaisonSqlServerDbContext(DbContextOptions<OmbudsmanLiaisonSqlServerDbContext> options)
    : OmbudsmanLiaisonDbContext(options);

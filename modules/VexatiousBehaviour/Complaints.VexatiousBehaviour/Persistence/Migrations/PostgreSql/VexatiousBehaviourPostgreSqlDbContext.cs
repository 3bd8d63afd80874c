using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Persistence.Migrations.PostgreSql;

/// <summary>VexatiousBehaviourDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class VexatiousBehaviourPostgreSqlDbContext(DbContextOptions<VexatiousBehaviourPostgreSqlDbContext> options)
    : VexatiousBehaviourDbContext(options);

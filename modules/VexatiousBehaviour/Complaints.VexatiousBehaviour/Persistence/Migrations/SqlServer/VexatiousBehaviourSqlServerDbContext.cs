using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Persistence.Migrations.SqlServer;

/// <summary>VexatiousBehaviourDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class VexatiousBehaviourSqlServerDbContext(DbContextOptions<VexatiousBehaviourSqlServerDbContext> options)
    : VexatiousBehaviourDbContext(options);

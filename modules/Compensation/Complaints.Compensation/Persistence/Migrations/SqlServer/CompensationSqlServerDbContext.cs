using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Persistence.Migrations.SqlServer;

/// <summary>CompensationDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class CompensationSqlServerDbContext(DbContextOptions<CompensationSqlServerDbContext> options)
    : CompensationDbContext(options);

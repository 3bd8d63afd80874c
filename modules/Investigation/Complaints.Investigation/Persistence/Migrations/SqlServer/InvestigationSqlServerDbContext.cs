using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Persistence.Migrations.SqlServer;

/// <summary>InvestigationDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class InvestigationSqlServerDbContext(DbContextOptions<InvestigationSqlServerDbContext> options)
    : InvestigationDbContext(options);

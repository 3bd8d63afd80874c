using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Persistence.Migrations.SqlServer;

/// <summary>ReportingDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class ReportingSqlServerDbContext(DbContextOptions<ReportingSqlServerDbContext> options)
    : ReportingDbContext(options);

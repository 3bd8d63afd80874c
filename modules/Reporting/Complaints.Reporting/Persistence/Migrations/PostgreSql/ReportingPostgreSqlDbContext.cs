using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Persistence.Migrations.PostgreSql;

/// <summary>ReportingDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class ReportingPostgreSqlDbContext(DbContextOptions<ReportingPostgreSqlDbContext> options)
    : ReportingDbContext(options);

using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Persistence.Migrations.Sqlite;

/// <summary>ReportingDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class ReportingSqliteDbContext(DbContextOptions<ReportingSqliteDbContext> options)
    : ReportingDbContext(options);

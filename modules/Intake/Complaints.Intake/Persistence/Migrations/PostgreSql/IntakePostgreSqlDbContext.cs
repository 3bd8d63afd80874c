using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Persistence.Migrations.PostgreSql;

/// <summary>IntakeDbContext on PostgreSQL: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class IntakePostgreSqlDbContext(DbContextOptions<IntakePostgreSqlDbContext> options)
    : IntakeDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Persistence.Migrations.Sqlite;

/// <summary>IntakeDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class IntakeSqliteDbContext(DbContextOptions<IntakeSqliteDbContext> options)
    : IntakeDbContext(options);

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Persistence.Migrations.SqlServer;

/// <summary>IntakeDbContext on SQL Server: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class IntakeSqlServerDbContext(DbContextOptions<IntakeSqlServerDbContext> options)
    : IntakeDbContext(options);

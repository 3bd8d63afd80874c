using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Persistence.Migrations.Sqlite;

/// <summary>KernelDbContext on SQLite: its type selects this folder's migrations (one set per provider).</summary>
internal sealed class KernelSqliteDbContext(DbContextOptions<KernelSqliteDbContext> options, UnitOfWork unitOfWork, DatabaseProvider provider)
    : KernelDbContext(options, unitOfWork, provider);

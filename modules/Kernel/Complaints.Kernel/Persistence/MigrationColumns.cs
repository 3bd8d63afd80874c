using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// Column helpers for hand-written migrations that serve both providers: column types follow the CLR type, except
/// where the providers store a value differently (instants are integers on SQLite, timestamptz on PostgreSQL).
/// </summary>
public static class MigrationColumns
{
    /// <summary>A UTC instant, matching <see cref="ModuleDbContext"/>'s mapping of DateTimeOffset.</summary>
    public static OperationBuilder<AddColumnOperation> Instant(this ColumnsBuilder table, MigrationBuilder migration, bool nullable = false) =>
        migration.IsSqlite() ? table.Column<long>(nullable: nullable) : table.Column<DateTimeOffset>(nullable: nullable);

    /// <summary>A database-generated 64-bit key.</summary>
    public static OperationBuilder<AddColumnOperation> Identity(this ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

[DbContext(typeof(LedgerDbContext))]
[Migration("20261122090100_CreateLedgerTable")]
public sealed class CreateLedgerTable : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.CreateTable("test_ledger", t => new
        {
            Id = t.Identity(),
            Reference = t.Column<string>(nullable: false),
            Text = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            CreatedAt = t.Instant(migration),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_test_ledger", x => x.Id));
}

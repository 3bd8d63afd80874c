using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Investigation.Persistence.Migrations;

[DbContext(typeof(InvestigationDbContext))]
[Migration("20261122183000_CreateActionsTable")]
internal sealed class CreateActionsTable : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("investigation_actions", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            Description = t.Column<string>(nullable: false),
            DueOn = t.Column<DateOnly>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Updates = t.Column<string>(nullable: false),
            TransferredTo = t.Column<string>(nullable: true),
            FinishedAt = t.Instant(migration, nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_investigation_actions", x => x.Id));
        migration.CreateIndex("IX_investigation_actions_ComplaintId", "investigation_actions", "ComplaintId");
    }
}

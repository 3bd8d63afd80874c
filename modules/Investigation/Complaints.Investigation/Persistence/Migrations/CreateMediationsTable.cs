using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Investigation.Persistence.Migrations;

[DbContext(typeof(InvestigationDbContext))]
[Migration("20261122184000_CreateMediationsTable")]
internal sealed class CreateMediationsTable : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("investigation_mediations", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            Mediator = t.Column<string>(nullable: false),
            Accepted = t.Column<bool>(nullable: false),
            Outcome = t.Column<string>(nullable: true),
            OccurredAt = t.Instant(migration),
            RecordedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_investigation_mediations", x => x.Id));
        migration.CreateIndex("IX_investigation_mediations_ComplaintId", "investigation_mediations", "ComplaintId");
    }
}

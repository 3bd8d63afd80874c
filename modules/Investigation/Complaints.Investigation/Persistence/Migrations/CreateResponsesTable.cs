using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Investigation.Persistence.Migrations;

[DbContext(typeof(InvestigationDbContext))]
[Migration("20261122182000_CreateResponsesTable")]
internal sealed class CreateResponsesTable : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("investigation_responses", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            Stage = t.Column<int>(nullable: false),
            ComplaintDefinition = t.Column<string>(nullable: false),
            Decisions = t.Column<string>(nullable: false),
            Remedies = t.Column<string>(nullable: false),
            OutstandingActions = t.Column<string>(nullable: false),
            EscalationInformation = t.Column<string>(nullable: false),
            IssuedAt = t.Instant(migration),
            IssuedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_investigation_responses", x => x.Id));
        migration.CreateIndex("IX_investigation_responses_ComplaintId", "investigation_responses", "ComplaintId");
    }
}

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Investigation.Persistence.Migrations;

/// <summary>The case file: contacts with the resident and evidence gathered.</summary>
[DbContext(typeof(InvestigationDbContext))]
[Migration("20261122181000_CreateCaseFileTables")]
internal sealed class CreateCaseFileTables : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("investigation_contacts", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Direction = t.Column<string>(nullable: false),
            Summary = t.Column<string>(nullable: false),
            OccurredAt = t.Instant(migration),
            RecordedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_investigation_contacts", x => x.Id));
        migration.CreateIndex("IX_investigation_contacts_ComplaintId", "investigation_contacts", "ComplaintId");

        migration.CreateTable("investigation_evidence", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Location = t.Column<string>(nullable: false),
            Note = t.Column<string>(nullable: true),
            OccurredAt = t.Instant(migration),
            RecordedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_investigation_evidence", x => x.Id));
        migration.CreateIndex("IX_investigation_evidence_ComplaintId", "investigation_evidence", "ComplaintId");
    }
}

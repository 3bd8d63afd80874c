using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Investigation.Persistence.Migrations;

[DbContext(typeof(InvestigationDbContext))]
[Migration("20261122180000_CreateAssignmentsTable")]
internal sealed class CreateAssignmentsTable : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("investigation_assignments", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            Stage = t.Column<int>(nullable: false),
            OfficerId = t.Column<string>(nullable: false),
            OfficerName = t.Column<string>(nullable: false),
            Seniority = t.Column<string>(nullable: false),
            ServiceArea = t.Column<string>(nullable: false),
            ServiceAreaComplainedAbout = t.Column<string>(nullable: true),
            AssignedAt = t.Instant(migration),
            AssignedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_investigation_assignments", x => x.Id));
        migration.CreateIndex("IX_investigation_assignments_ComplaintId_Stage", "investigation_assignments", ["ComplaintId", "Stage"]);
    }
}

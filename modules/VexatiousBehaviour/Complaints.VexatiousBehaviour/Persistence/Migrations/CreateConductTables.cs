using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.VexatiousBehaviour.Persistence.Migrations;

[DbContext(typeof(VexatiousBehaviourDbContext))]
[Migration("20261122213000_CreateConductTables")]
internal sealed class CreateConductTables : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("vexatiousbehaviour_cases", t => new
        {
            Id = t.Identity(),
            Reference = t.Column<string>(nullable: false),
            ResidentReference = t.Column<string>(nullable: false),
            RepresentativeName = t.Column<string>(nullable: true),
            Summary = t.Column<string>(nullable: false),
            OpenedBy = t.Column<string>(nullable: false),
            OpenedAt = t.Instant(migration),
            Incidents = t.Column<string>(nullable: false),
            Warnings = t.Column<string>(nullable: false),
            Letters = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_vexatiousbehaviour_cases", x => x.Id));
        migration.CreateIndex("IX_vexatiousbehaviour_cases_Reference", "vexatiousbehaviour_cases", "Reference", unique: true);
        migration.CreateIndex("IX_vexatiousbehaviour_cases_ResidentReference", "vexatiousbehaviour_cases", "ResidentReference");

        migration.CreateTable("vexatiousbehaviour_restrictions", t => new
        {
            Id = t.Identity(),
            CaseId = t.Column<long>(nullable: false),
            Reference = t.Column<string>(nullable: false),
            ResidentReference = t.Column<string>(nullable: false),
            Type = t.Column<string>(nullable: false),
            PermittedRoute = t.Column<string>(nullable: false),
            Details = t.Column<string>(nullable: false),
            StartsOn = t.Column<DateOnly>(nullable: false),
            EndsOn = t.Column<DateOnly>(nullable: false),
            ReviewDueOn = t.Column<DateOnly>(nullable: false),
            Panel = t.Column<string>(nullable: false),
            Considerations = t.Column<string>(nullable: false),
            DecidedBy = t.Column<string>(nullable: false),
            DecidedAt = t.Instant(migration),
            Reviews = t.Column<string>(nullable: false),
            LiftedAt = t.Instant(migration, nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_vexatiousbehaviour_restrictions", x => x.Id));
        migration.CreateIndex("IX_vexatiousbehaviour_restrictions_ResidentReference", "vexatiousbehaviour_restrictions", "ResidentReference");
        migration.CreateIndex("IX_vexatiousbehaviour_restrictions_CaseId", "vexatiousbehaviour_restrictions", "CaseId");

        migration.CreateTable("vexatiousbehaviour_appeals", t => new
        {
            Id = t.Identity(),
            RestrictionId = t.Column<long>(nullable: false),
            CaseId = t.Column<long>(nullable: false),
            Grounds = t.Column<string>(nullable: false),
            ReceivedAt = t.Instant(migration),
            Outcome = t.Column<string>(nullable: true),
            Reasons = t.Column<string>(nullable: true),
            DecidedBy = t.Column<string>(nullable: true),
            DecidedAt = t.Instant(migration, nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_vexatiousbehaviour_appeals", x => x.Id));
        migration.CreateIndex("IX_vexatiousbehaviour_appeals_RestrictionId", "vexatiousbehaviour_appeals", "RestrictionId");
    }
}

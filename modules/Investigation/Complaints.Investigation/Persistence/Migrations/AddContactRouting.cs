using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Investigation.Persistence.Migrations;

/// <summary>How a contact restriction routed a contact from the resident (JSON; null when none applied).</summary>
[DbContext(typeof(InvestigationDbContext))]
[Migration("20261122214000_AddContactRouting")]
internal sealed class AddContactRouting : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.AddColumn<string>("Routing", "investigation_contacts", nullable: true);
}

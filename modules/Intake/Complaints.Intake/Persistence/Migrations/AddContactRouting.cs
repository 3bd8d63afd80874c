using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Intake.Persistence.Migrations;

/// <summary>How a contact restriction routed the complaint as it arrived (JSON; null when none applied).</summary>
[DbContext(typeof(IntakeDbContext))]
[Migration("20261122214000_AddContactRouting")]
internal sealed class AddContactRouting : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.AddColumn<string>("ContactRouting", "intake_complaints", nullable: true);
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Intake.Persistence.Migrations;

[DbContext(typeof(IntakeDbContext))]
[Migration("20261122101000_AddAcknowledgementAndOutcome")]
internal sealed class AddAcknowledgementAndOutcome : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        foreach (var column in new[] { "Definition", "NamedOfficer", "ResolutionSought", "ExclusionReason", "OutcomeExplanation" })
            migration.AddColumn<string>(column, "intake_complaints", nullable: true);
        migration.AddColumn<bool>("OmbudsmanSignposted", "intake_complaints", nullable: false, defaultValue: false);
    }
}

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Intake.Persistence.Migrations;

[DbContext(typeof(IntakeDbContext))]
[Migration("20261122102000_AddAcceptanceFacts")]
internal sealed class AddAcceptanceFacts : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        const string table = "intake_complaints";
        if (migration.IsSqlite())
        {
            migration.AddColumn<long>("IssueOccurredAt", table, nullable: true);
            migration.AddColumn<long>("ResidentAwareAt", table, nullable: true);
        }
        else
        {
            migration.AddColumn<DateTimeOffset>("IssueOccurredAt", table, nullable: true);
            migration.AddColumn<DateTimeOffset>("ResidentAwareAt", table, nullable: true);
        }
        foreach (var flag in new[] { "Safeguarding", "HealthAndSafety", "BuildingSafety", "Anonymous", "AcceptanceOfficerMayOverride" })
            migration.AddColumn<bool>(flag, table, nullable: false, defaultValue: false);
        // Complaints logged before acceptance rules existed were accepted as logged.
        migration.AddColumn<bool>("AcceptanceAcceptable", table, nullable: false, defaultValue: true);
        migration.AddColumn<string>("AcceptanceExplanation", table, nullable: false, defaultValue: "Logged before acceptance rules were assessed.");
        migration.AddColumn<string>("AcceptanceSuggestedExclusionReason", table, nullable: true);
    }
}

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Intake.Persistence.Migrations;

/// <summary>The rest of what a complaint records (points, representative, adjustments…), links, service requests.</summary>
[DbContext(typeof(IntakeDbContext))]
[Migration("20261122170000_AddDetailsLinksAndServiceRequests")]
internal sealed class AddDetailsLinksAndServiceRequests : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        const string complaints = "intake_complaints";
        foreach (var list in new[] { "Points", "ReasonableAdjustments", "Vulnerabilities" })
            migration.AddColumn<string>(list, complaints, nullable: false, defaultValue: "[]");
        foreach (var detail in new[] { "DesiredOutcome", "Representative", "RepresentativeConsent", "AcceptanceOverride" })
            migration.AddColumn<string>(detail, complaints, nullable: true);
        migration.AddColumn<Guid>("ServiceRequestId", complaints, nullable: true);
        migration.AddColumn<string>("AcceptanceRoute", complaints, nullable: false, defaultValue: "Complaint");
        migration.AddColumn<DateOnly>("AcceptanceReplyDueOn", complaints, nullable: true);
        migration.CreateIndex("IX_intake_complaints_ServiceRequestId", complaints, "ServiceRequestId");

        migration.CreateTable("intake_complaint_links", t => new
        {
            Id = t.Identity(),
            ComplaintId = t.Column<Guid>(nullable: false),
            LinkedComplaintId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            LinkedAt = t.Instant(migration),
            LinkedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_intake_complaint_links", x => x.Id));
        migration.CreateIndex("IX_intake_complaint_links_ComplaintId_LinkedComplaintId", "intake_complaint_links",
            ["ComplaintId", "LinkedComplaintId"], unique: true);
        migration.CreateIndex("IX_intake_complaint_links_LinkedComplaintId", "intake_complaint_links", "LinkedComplaintId");

        migration.CreateTable("intake_service_requests", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Reference = t.Column<string>(nullable: false),
            Channel = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: false),
            Category = t.Column<string>(nullable: false),
            ResidentReference = t.Column<string>(nullable: false),
            ReceivedAt = t.Instant(migration),
            RecordedAt = t.Instant(migration),
            RecordedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_intake_service_requests", x => x.Id));
        migration.CreateIndex("IX_intake_service_requests_Reference", "intake_service_requests", "Reference", unique: true);
    }
}

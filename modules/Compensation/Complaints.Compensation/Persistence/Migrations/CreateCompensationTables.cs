using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Compensation.Persistence.Migrations;

[DbContext(typeof(CompensationDbContext))]
[Migration("20261122210000_CreateCompensationTables")]
internal sealed class CreateCompensationTables : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("compensation_awards", t => new
        {
            Id = t.Identity(),
            Reference = t.Column<string>(nullable: false),
            ComplaintId = t.Column<Guid>(nullable: true),
            OmbudsmanCaseReference = t.Column<string>(nullable: true),
            Status = t.Column<string>(nullable: false),
            Lines = t.Column<string>(nullable: false),
            TotalPence = t.Column<long>(nullable: false),
            Band = t.Column<string>(nullable: false),
            AwardedOn = t.Column<DateOnly>(nullable: false),
            RatesEffectiveFrom = t.Column<string>(nullable: true),
            Rationale = t.Column<string>(nullable: false),
            ProposedBy = t.Column<string>(nullable: false),
            ProposedAt = t.Instant(migration),
            ProposedOn = t.Column<DateOnly>(nullable: false),
            ApprovedPence = t.Column<long>(nullable: true),
            PaidPence = t.Column<long>(nullable: false),
            Decisions = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_compensation_awards", x => x.Id));
        migration.CreateIndex("IX_compensation_awards_Reference", "compensation_awards", "Reference", unique: true);
        migration.CreateIndex("IX_compensation_awards_ComplaintId", "compensation_awards", "ComplaintId");
        migration.CreateIndex("IX_compensation_awards_Status_Id", "compensation_awards", ["Status", "Id"]);

        migration.CreateTable("compensation_payments", t => new
        {
            Id = t.Identity(),
            AwardId = t.Column<long>(nullable: false),
            Method = t.Column<string>(nullable: false),
            Reference = t.Column<string>(nullable: false),
            AmountPence = t.Column<long>(nullable: false),
            PaidOn = t.Column<DateOnly>(nullable: false),
            ResidentAgreedOffset = t.Column<bool>(nullable: false),
            RecordedBy = t.Column<string>(nullable: false),
            RecordedAt = t.Instant(migration),
        }, constraints: t => t.PrimaryKey("PK_compensation_payments", x => x.Id));
        migration.CreateIndex("IX_compensation_payments_AwardId_Reference", "compensation_payments", ["AwardId", "Reference"], unique: true);
    }
}

using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.OmbudsmanLiaison.Persistence.Migrations;

[DbContext(typeof(OmbudsmanLiaisonDbContext))]
[Migration("20261122220000_CreateLiaisonTables")]
internal sealed class CreateLiaisonTables : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("ombudsmanliaison_referrals", t => new
        {
            Id = t.Identity(),
            OmbudsmanCaseReference = t.Column<string>(nullable: false),
            ReferredOn = t.Column<DateOnly>(nullable: false),
            Complaints = t.Column<string>(nullable: false),
            Summary = t.Column<string>(nullable: false),
            RecordedBy = t.Column<string>(nullable: false),
            RecordedAt = t.Instant(migration),
            Determination = t.Column<string>(nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ombudsmanliaison_referrals", x => x.Id));
        migration.CreateIndex("IX_ombudsmanliaison_referrals_OmbudsmanCaseReference", "ombudsmanliaison_referrals", "OmbudsmanCaseReference", unique: true);

        migration.CreateTable("ombudsmanliaison_evidence_requests", t => new
        {
            Id = t.Identity(),
            ReferralId = t.Column<long>(nullable: false),
            What = t.Column<string>(nullable: false),
            ReceivedOn = t.Column<DateOnly>(nullable: false),
            DueOn = t.Column<DateOnly>(nullable: false),
            DueFrom = t.Column<string>(nullable: false),
            SubmittedAt = t.Instant(migration, nullable: true),
            WhatWasSent = t.Column<string>(nullable: true),
            DelayExplanation = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ombudsmanliaison_evidence_requests", x => x.Id));
        migration.CreateIndex("IX_ombudsmanliaison_evidence_requests_ReferralId", "ombudsmanliaison_evidence_requests", "ReferralId");

        migration.CreateTable("ombudsmanliaison_orders", t => new
        {
            Id = t.Identity(),
            ReferralId = t.Column<long>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: false),
            AmountPence = t.Column<long>(nullable: true),
            DueOn = t.Column<DateOnly>(nullable: false),
            Owner = t.Column<string>(nullable: false),
            ComplaintId = t.Column<Guid>(nullable: true),
            AwardId = t.Column<long>(nullable: true),
            AwardReference = t.Column<string>(nullable: true),
            CompliedOn = t.Column<DateOnly>(nullable: true),
            ComplianceEvidence = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ombudsmanliaison_orders", x => x.Id));
        migration.CreateIndex("IX_ombudsmanliaison_orders_ReferralId", "ombudsmanliaison_orders", "ReferralId");
        migration.CreateIndex("IX_ombudsmanliaison_orders_CompliedOn", "ombudsmanliaison_orders", "CompliedOn");

        migration.CreateTable("ombudsmanliaison_recommendations", t => new
        {
            Id = t.Identity(),
            ReferralId = t.Column<long>(nullable: false),
            Description = t.Column<string>(nullable: false),
            Accepted = t.Column<bool>(nullable: true),
            Reason = t.Column<string>(nullable: true),
            RespondedBy = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ombudsmanliaison_recommendations", x => x.Id));
        migration.CreateIndex("IX_ombudsmanliaison_recommendations_ReferralId", "ombudsmanliaison_recommendations", "ReferralId");
    }
}

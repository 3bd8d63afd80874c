CREATE TABLE IF NOT EXISTS "reporting_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_reporting_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "reporting_complaints" (
    "ComplaintId" TEXT NOT NULL CONSTRAINT "PK_reporting_complaints" PRIMARY KEY,
    "Reference" TEXT NULL,
    "ReceivedAt" INTEGER NULL,
    "Stage1EnteredAt" INTEGER NULL,
    "Stage1RespondedAt" INTEGER NULL,
    "Stage2EnteredAt" INTEGER NULL,
    "Stage2RespondedAt" INTEGER NULL,
    "NotAccepted" INTEGER NOT NULL,
    "Withdrawn" INTEGER NOT NULL,
    "Closed" INTEGER NOT NULL
);

CREATE TABLE "reporting_cursor" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_reporting_cursor" PRIMARY KEY,
    "EventId" INTEGER NOT NULL
);

CREATE INDEX "IX_reporting_complaints_ReceivedAt" ON "reporting_complaints" ("ReceivedAt");

CREATE INDEX "IX_reporting_complaints_Stage1RespondedAt" ON "reporting_complaints" ("Stage1RespondedAt");

CREATE INDEX "IX_reporting_complaints_Stage2EnteredAt" ON "reporting_complaints" ("Stage2EnteredAt");

CREATE INDEX "IX_reporting_complaints_Stage2RespondedAt" ON "reporting_complaints" ("Stage2RespondedAt");

INSERT INTO "reporting_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129101652_Reporting', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "reporting_award_categories" (
    "AwardId" INTEGER NOT NULL,
    "Category" TEXT NOT NULL,
    "AmountPence" INTEGER NOT NULL,
    CONSTRAINT "PK_reporting_award_categories" PRIMARY KEY ("AwardId", "Category")
);

CREATE TABLE "reporting_award_payments" (
    "PaymentId" INTEGER NOT NULL CONSTRAINT "PK_reporting_award_payments" PRIMARY KEY,
    "AwardId" INTEGER NOT NULL,
    "AmountPence" INTEGER NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "OccurredAt" INTEGER NOT NULL
);

CREATE TABLE "reporting_awards" (
    "AwardId" INTEGER NOT NULL CONSTRAINT "PK_reporting_awards" PRIMARY KEY,
    "Reference" TEXT NULL,
    "ComplaintId" TEXT NULL,
    "OmbudsmanCaseReference" TEXT NULL,
    "Band" TEXT NULL,
    "TotalPence" INTEGER NULL,
    "ProposedAt" INTEGER NULL,
    "ApprovedPence" INTEGER NULL,
    "ApprovedAt" INTEGER NULL,
    "RejectedAt" INTEGER NULL,
    "CancelledAt" INTEGER NULL,
    "OfferAnswer" TEXT NULL,
    "PaidPence" INTEGER NOT NULL,
    "PaidInFullOn" TEXT NULL,
    "LastPaidAt" INTEGER NULL
);

CREATE TABLE "reporting_ombudsman_cases" (
    "OmbudsmanCaseReference" TEXT NOT NULL CONSTRAINT "PK_reporting_ombudsman_cases" PRIMARY KEY,
    "ReferralId" INTEGER NULL,
    "ComplaintIds" TEXT NOT NULL,
    "ReferredOn" TEXT NULL,
    "ReferredAt" INTEGER NULL,
    "DeterminedOn" TEXT NULL,
    "DeterminedAt" INTEGER NULL
);

CREATE TABLE "reporting_ombudsman_findings" (
    "OmbudsmanCaseReference" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Finding" TEXT NOT NULL,
    "ComplaintId" TEXT NULL,
    CONSTRAINT "PK_reporting_ombudsman_findings" PRIMARY KEY ("OmbudsmanCaseReference", "Number")
);

CREATE TABLE "reporting_ombudsman_orders" (
    "OrderId" INTEGER NOT NULL CONSTRAINT "PK_reporting_ombudsman_orders" PRIMARY KEY,
    "OmbudsmanCaseReference" TEXT NOT NULL,
    "ComplaintId" TEXT NULL,
    "Type" TEXT NOT NULL,
    "AmountPence" INTEGER NULL,
    "DueOn" TEXT NOT NULL,
    "MadeAt" INTEGER NOT NULL,
    "CompliedOn" TEXT NULL,
    "CompliedAt" INTEGER NULL,
    "OnTime" INTEGER NULL
);

CREATE TABLE "reporting_restrictions" (
    "RestrictionId" INTEGER NOT NULL CONSTRAINT "PK_reporting_restrictions" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "CaseReference" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DecidedAt" INTEGER NOT NULL,
    "ImmediateRisk" INTEGER NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "ReviewDueOn" TEXT NOT NULL,
    "Reviews" INTEGER NOT NULL,
    "LastReviewedAt" INTEGER NULL,
    "AppealedAt" INTEGER NULL,
    "AppealUpheld" INTEGER NULL,
    "LiftedAt" INTEGER NULL,
    "LiftedBecause" TEXT NULL
);

CREATE INDEX "IX_reporting_award_payments_AwardId" ON "reporting_award_payments" ("AwardId");

CREATE INDEX "IX_reporting_award_payments_PaidOn" ON "reporting_award_payments" ("PaidOn");

CREATE INDEX "IX_reporting_awards_ApprovedAt" ON "reporting_awards" ("ApprovedAt");

CREATE INDEX "IX_reporting_ombudsman_cases_DeterminedOn" ON "reporting_ombudsman_cases" ("DeterminedOn");

CREATE INDEX "IX_reporting_ombudsman_cases_ReferredOn" ON "reporting_ombudsman_cases" ("ReferredOn");

CREATE INDEX "IX_reporting_ombudsman_orders_CompliedOn" ON "reporting_ombudsman_orders" ("CompliedOn");

CREATE INDEX "IX_reporting_ombudsman_orders_DueOn" ON "reporting_ombudsman_orders" ("DueOn");

CREATE INDEX "IX_reporting_restrictions_DecidedAt" ON "reporting_restrictions" ("DecidedAt");

CREATE INDEX "IX_reporting_restrictions_ReviewDueOn" ON "reporting_restrictions" ("ReviewDueOn");

INSERT INTO "reporting_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129111506_ReportingAwardsAndOmbudsman', '10.0.15');

COMMIT;


CREATE TABLE IF NOT EXISTS "ombudsmanliaison_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_ombudsmanliaison_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "ombudsmanliaison_evidence_requests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ombudsmanliaison_evidence_requests" PRIMARY KEY AUTOINCREMENT,
    "ReferralId" INTEGER NOT NULL,
    "What" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "DueFrom" TEXT NOT NULL,
    "SubmittedAt" INTEGER NULL,
    "WhatWasSent" TEXT NULL,
    "DelayExplanation" TEXT NULL
);

CREATE TABLE "ombudsmanliaison_orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ombudsmanliaison_orders" PRIMARY KEY AUTOINCREMENT,
    "ReferralId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "AmountPence" INTEGER NULL,
    "DueOn" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "ComplaintId" TEXT NULL,
    "AwardId" INTEGER NULL,
    "AwardReference" TEXT NULL,
    "CompliedOn" TEXT NULL,
    "ComplianceEvidence" TEXT NULL
);

CREATE TABLE "ombudsmanliaison_recommendations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ombudsmanliaison_recommendations" PRIMARY KEY AUTOINCREMENT,
    "ReferralId" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Accepted" INTEGER NULL,
    "Reason" TEXT NULL,
    "RespondedBy" TEXT NULL
);

CREATE TABLE "ombudsmanliaison_referrals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ombudsmanliaison_referrals" PRIMARY KEY AUTOINCREMENT,
    "OmbudsmanCaseReference" TEXT NOT NULL,
    "ReferredOn" TEXT NOT NULL,
    "Complaints" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "Determination" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE INDEX "IX_ombudsmanliaison_evidence_requests_ReferralId" ON "ombudsmanliaison_evidence_requests" ("ReferralId");

CREATE INDEX "IX_ombudsmanliaison_orders_CompliedOn" ON "ombudsmanliaison_orders" ("CompliedOn");

CREATE INDEX "IX_ombudsmanliaison_orders_ReferralId" ON "ombudsmanliaison_orders" ("ReferralId");

CREATE INDEX "IX_ombudsmanliaison_recommendations_ReferralId" ON "ombudsmanliaison_recommendations" ("ReferralId");

CREATE UNIQUE INDEX "IX_ombudsmanliaison_referrals_OmbudsmanCaseReference" ON "ombudsmanliaison_referrals" ("OmbudsmanCaseReference");

INSERT INTO "ombudsmanliaison_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261128221857_Baseline', '10.0.15');

COMMIT;


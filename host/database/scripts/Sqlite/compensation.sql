CREATE TABLE IF NOT EXISTS "compensation_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_compensation_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "compensation_awards" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_compensation_awards" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "ComplaintId" TEXT NULL,
    "OmbudsmanCaseReference" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Lines" TEXT NOT NULL,
    "TotalPence" INTEGER NOT NULL,
    "Band" TEXT NOT NULL,
    "AwardedOn" TEXT NOT NULL,
    "RatesEffectiveFrom" TEXT NULL,
    "Rationale" TEXT NOT NULL,
    "ProposedBy" TEXT NOT NULL,
    "ProposedAt" INTEGER NOT NULL,
    "ProposedOn" TEXT NOT NULL,
    "ApprovedPence" INTEGER NULL,
    "PaidPence" INTEGER NOT NULL,
    "Decisions" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "compensation_payments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_compensation_payments" PRIMARY KEY AUTOINCREMENT,
    "AwardId" INTEGER NOT NULL,
    "Method" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "AmountPence" INTEGER NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "ResidentAgreedOffset" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_compensation_awards_ComplaintId" ON "compensation_awards" ("ComplaintId");

CREATE UNIQUE INDEX "IX_compensation_awards_Reference" ON "compensation_awards" ("Reference");

CREATE INDEX "IX_compensation_awards_Status_Id" ON "compensation_awards" ("Status", "Id");

CREATE UNIQUE INDEX "IX_compensation_payments_AwardId_Reference" ON "compensation_payments" ("AwardId", "Reference");

INSERT INTO "compensation_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261128221822_Baseline', '10.0.15');

COMMIT;


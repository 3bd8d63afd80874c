CREATE TABLE IF NOT EXISTS "hazards_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_hazards_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "hazards_hazards" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_hazards_hazards" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "SourceReference" TEXT NOT NULL,
    "ComplaintId" TEXT NULL,
    "PropertyReference" TEXT NOT NULL,
    "ResidentReference" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Emergency" INTEGER NOT NULL,
    "AwareAt" INTEGER NOT NULL,
    "Tenure" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "ReportedBy" TEXT NOT NULL,
    "ReportedAt" INTEGER NOT NULL,
    "Investigation" TEXT NULL,
    "SummarySentAt" INTEGER NULL,
    "SummaryText" TEXT NULL,
    "SafetyWork" TEXT NULL,
    "FurtherWork" TEXT NULL,
    "AccessAttempts" TEXT NOT NULL,
    "AccommodationOffers" TEXT NOT NULL,
    "Stopped" TEXT NULL,
    "StoppedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL
);

CREATE INDEX "IX_hazards_hazards_ComplaintId" ON "hazards_hazards" ("ComplaintId");

CREATE INDEX "IX_hazards_hazards_PropertyReference" ON "hazards_hazards" ("PropertyReference");

CREATE UNIQUE INDEX "IX_hazards_hazards_Reference" ON "hazards_hazards" ("Reference");

CREATE INDEX "IX_hazards_hazards_StoppedAt" ON "hazards_hazards" ("StoppedAt");

INSERT INTO "hazards_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129112212_AwaabsLawHazards', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "hazards_hazards" ADD "MissedClocks" TEXT NOT NULL DEFAULT '[]';

INSERT INTO "hazards_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129134534_HazardMissesAndBoardFigures', '10.0.15');

COMMIT;


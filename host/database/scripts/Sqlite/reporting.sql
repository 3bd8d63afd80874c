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


CREATE TABLE IF NOT EXISTS "lifecycle_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_lifecycle_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "lifecycle_cases" (
    "ComplaintId" TEXT NOT NULL CONSTRAINT "PK_lifecycle_cases" PRIMARY KEY,
    "Stage" TEXT NOT NULL,
    "EnteredStageAt" INTEGER NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "BuildingSafety" INTEGER NOT NULL,
    "Correspondence" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "lifecycle_transitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_lifecycle_transitions" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "FromStage" TEXT NULL,
    "ToStage" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "ExtensionWorkingDays" INTEGER NULL,
    "ResidentAgreed" INTEGER NULL
);

CREATE INDEX "IX_lifecycle_cases_Stage" ON "lifecycle_cases" ("Stage");

CREATE INDEX "IX_lifecycle_transitions_ComplaintId" ON "lifecycle_transitions" ("ComplaintId");

INSERT INTO "lifecycle_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261128221745_Baseline', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_lifecycle_cases_Stage";

ALTER TABLE "lifecycle_cases" ADD "ClockBasis" TEXT NULL;

ALTER TABLE "lifecycle_cases" ADD "DueSoonFrom" INTEGER NULL;

ALTER TABLE "lifecycle_cases" ADD "OverdueFrom" INTEGER NULL;

ALTER TABLE "lifecycle_cases" ADD "Reference" TEXT NULL;

CREATE INDEX "IX_lifecycle_cases_running" ON "lifecycle_cases" ("ReceivedAt", "Reference") WHERE "OverdueFrom" IS NOT NULL;

CREATE INDEX "IX_lifecycle_cases_Stage_ReceivedAt_Reference" ON "lifecycle_cases" ("Stage", "ReceivedAt", "Reference");

INSERT INTO "lifecycle_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129032534_IndexedLists', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_lifecycle_cases_due" ON "lifecycle_cases" ("OverdueFrom", "Reference") WHERE "OverdueFrom" IS NOT NULL;

INSERT INTO "lifecycle_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129114559_WorkQueueDueIndex', '10.0.15');

COMMIT;


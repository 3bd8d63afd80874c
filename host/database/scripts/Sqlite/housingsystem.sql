CREATE TABLE IF NOT EXISTS "housingsystem_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_housingsystem_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "housingsystem_complaint_parties" (
    "ComplaintId" TEXT NOT NULL CONSTRAINT "PK_housingsystem_complaint_parties" PRIMARY KEY,
    "ComplaintReference" TEXT NOT NULL,
    "ResidentReference" TEXT NULL,
    "PropertyReference" TEXT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "Resolution" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastAttemptAt" INTEGER NULL,
    "ResolvedAt" INTEGER NULL
);

CREATE TABLE "housingsystem_properties" (
    "Reference" TEXT NOT NULL CONSTRAINT "PK_housingsystem_properties" PRIMARY KEY,
    "Record" TEXT NOT NULL,
    "FetchedAt" INTEGER NOT NULL,
    "Expired" INTEGER NOT NULL
);

CREATE TABLE "housingsystem_repair_jobs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_housingsystem_repair_jobs" PRIMARY KEY,
    "JobReference" TEXT NOT NULL,
    "ComplaintId" TEXT NOT NULL,
    "PropertyReference" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusChangedAt" INTEGER NOT NULL,
    "RaisedAt" INTEGER NOT NULL,
    "RaisedBy" TEXT NOT NULL
);

CREATE TABLE "housingsystem_residents" (
    "Reference" TEXT NOT NULL CONSTRAINT "PK_housingsystem_residents" PRIMARY KEY,
    "Record" TEXT NOT NULL,
    "FetchedAt" INTEGER NOT NULL,
    "Expired" INTEGER NOT NULL
);

CREATE INDEX "IX_housingsystem_complaint_parties_PropertyReference_ReceivedAt" ON "housingsystem_complaint_parties" ("PropertyReference", "ReceivedAt");

CREATE INDEX "IX_housingsystem_complaint_parties_ResidentReference" ON "housingsystem_complaint_parties" ("ResidentReference");

CREATE INDEX "IX_housingsystem_complaint_parties_Resolution" ON "housingsystem_complaint_parties" ("Resolution");

CREATE INDEX "IX_housingsystem_repair_jobs_ComplaintId" ON "housingsystem_repair_jobs" ("ComplaintId");

CREATE UNIQUE INDEX "IX_housingsystem_repair_jobs_JobReference" ON "housingsystem_repair_jobs" ("JobReference");

CREATE INDEX "IX_housingsystem_repair_jobs_PropertyReference" ON "housingsystem_repair_jobs" ("PropertyReference");

INSERT INTO "housingsystem_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129082347_HousingSystem', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "housingsystem_webhook_cursor" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_housingsystem_webhook_cursor" PRIMARY KEY,
    "EventId" INTEGER NOT NULL
);

CREATE TABLE "housingsystem_webhook_deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_housingsystem_webhook_deliveries" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "EventType" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "At" INTEGER NOT NULL,
    "Replay" INTEGER NOT NULL
);

CREATE TABLE "housingsystem_webhook_replays" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_housingsystem_webhook_replays" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "DoneAt" INTEGER NULL
);

CREATE INDEX "IX_housingsystem_webhook_deliveries_Outcome_EventId" ON "housingsystem_webhook_deliveries" ("Outcome", "EventId");

CREATE INDEX "IX_housingsystem_webhook_replays_DoneAt" ON "housingsystem_webhook_replays" ("DoneAt");

INSERT INTO "housingsystem_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129093753_WebhookDeliveries', '10.0.15');

COMMIT;


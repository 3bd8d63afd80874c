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
DELETE FROM reporting_complaints

UPDATE reporting_cursor SET "EventId" = 0

ALTER TABLE "reporting_complaints" RENAME COLUMN "Withdrawn" TO "ServiceRequest";

ALTER TABLE "reporting_complaints" ADD "Category" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "Channel" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "ClosedAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "DeclinedAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "EscalationRefusedAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "ExclusionReason" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Acknowledge_DueBy" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Acknowledge_ExtendedByWorkingDays" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Acknowledge_MetAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Acknowledge_MetOnTime" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Acknowledge_OnTimeOnlyByExtension" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Handler" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Outcome" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Respond_DueBy" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Respond_ExtendedByWorkingDays" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Respond_MetAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Respond_MetOnTime" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage1Respond_OnTimeOnlyByExtension" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Acknowledge_DueBy" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Acknowledge_ExtendedByWorkingDays" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Acknowledge_MetAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Acknowledge_MetOnTime" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Acknowledge_OnTimeOnlyByExtension" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Handler" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Outcome" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Respond_DueBy" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Respond_ExtendedByWorkingDays" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Respond_MetAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Respond_MetOnTime" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "Stage2Respond_OnTimeOnlyByExtension" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "StockType" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "WithdrawnAt" INTEGER NULL;

ALTER TABLE "reporting_complaints" ADD "WithdrawnAtStage" INTEGER NULL;

CREATE TABLE "reporting_complaint_learning" (
    "ComplaintId" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    CONSTRAINT "PK_reporting_complaint_learning" PRIMARY KEY ("ComplaintId", "Stage", "Kind", "Code")
);

CREATE INDEX "IX_reporting_complaints_Reference" ON "reporting_complaints" ("Reference");

CREATE TABLE "ef_temp_reporting_complaints" (
    "ComplaintId" TEXT NOT NULL CONSTRAINT "PK_reporting_complaints" PRIMARY KEY,
    "Category" TEXT NULL,
    "Channel" TEXT NULL,
    "ClosedAt" INTEGER NULL,
    "DeclinedAt" INTEGER NULL,
    "EscalationRefusedAt" INTEGER NULL,
    "ExclusionReason" TEXT NULL,
    "ReceivedAt" INTEGER NULL,
    "Reference" TEXT NULL,
    "ServiceRequest" INTEGER NOT NULL,
    "Stage1Acknowledge_DueBy" INTEGER NULL,
    "Stage1Acknowledge_ExtendedByWorkingDays" INTEGER NULL,
    "Stage1Acknowledge_MetAt" INTEGER NULL,
    "Stage1Acknowledge_MetOnTime" INTEGER NULL,
    "Stage1Acknowledge_OnTimeOnlyByExtension" INTEGER NULL,
    "Stage1EnteredAt" INTEGER NULL,
    "Stage1Handler" TEXT NULL,
    "Stage1Outcome" TEXT NULL,
    "Stage1Respond_DueBy" INTEGER NULL,
    "Stage1Respond_ExtendedByWorkingDays" INTEGER NULL,
    "Stage1Respond_MetAt" INTEGER NULL,
    "Stage1Respond_MetOnTime" INTEGER NULL,
    "Stage1Respond_OnTimeOnlyByExtension" INTEGER NULL,
    "Stage1RespondedAt" INTEGER NULL,
    "Stage2Acknowledge_DueBy" INTEGER NULL,
    "Stage2Acknowledge_ExtendedByWorkingDays" INTEGER NULL,
    "Stage2Acknowledge_MetAt" INTEGER NULL,
    "Stage2Acknowledge_MetOnTime" INTEGER NULL,
    "Stage2Acknowledge_OnTimeOnlyByExtension" INTEGER NULL,
    "Stage2EnteredAt" INTEGER NULL,
    "Stage2Handler" TEXT NULL,
    "Stage2Outcome" TEXT NULL,
    "Stage2Respond_DueBy" INTEGER NULL,
    "Stage2Respond_ExtendedByWorkingDays" INTEGER NULL,
    "Stage2Respond_MetAt" INTEGER NULL,
    "Stage2Respond_MetOnTime" INTEGER NULL,
    "Stage2Respond_OnTimeOnlyByExtension" INTEGER NULL,
    "Stage2RespondedAt" INTEGER NULL,
    "StockType" TEXT NULL,
    "WithdrawnAt" INTEGER NULL,
    "WithdrawnAtStage" INTEGER NULL
);

INSERT INTO "ef_temp_reporting_complaints" ("ComplaintId", "Category", "Channel", "ClosedAt", "DeclinedAt", "EscalationRefusedAt", "ExclusionReason", "ReceivedAt", "Reference", "ServiceRequest", "Stage1Acknowledge_DueBy", "Stage1Acknowledge_ExtendedByWorkingDays", "Stage1Acknowledge_MetAt", "Stage1Acknowledge_MetOnTime", "Stage1Acknowledge_OnTimeOnlyByExtension", "Stage1EnteredAt", "Stage1Handler", "Stage1Outcome", "Stage1Respond_DueBy", "Stage1Respond_ExtendedByWorkingDays", "Stage1Respond_MetAt", "Stage1Respond_MetOnTime", "Stage1Respond_OnTimeOnlyByExtension", "Stage1RespondedAt", "Stage2Acknowledge_DueBy", "Stage2Acknowledge_ExtendedByWorkingDays", "Stage2Acknowledge_MetAt", "Stage2Acknowledge_MetOnTime", "Stage2Acknowledge_OnTimeOnlyByExtension", "Stage2EnteredAt", "Stage2Handler", "Stage2Outcome", "Stage2Respond_DueBy", "Stage2Respond_ExtendedByWorkingDays", "Stage2Respond_MetAt", "Stage2Respond_MetOnTime", "Stage2Respond_OnTimeOnlyByExtension", "Stage2RespondedAt", "StockType", "WithdrawnAt", "WithdrawnAtStage")
SELECT "ComplaintId", "Category", "Channel", "ClosedAt", "DeclinedAt", "EscalationRefusedAt", "ExclusionReason", "ReceivedAt", "Reference", "ServiceRequest", "Stage1Acknowledge_DueBy", "Stage1Acknowledge_ExtendedByWorkingDays", "Stage1Acknowledge_MetAt", "Stage1Acknowledge_MetOnTime", "Stage1Acknowledge_OnTimeOnlyByExtension", "Stage1EnteredAt", "Stage1Handler", "Stage1Outcome", "Stage1Respond_DueBy", "Stage1Respond_ExtendedByWorkingDays", "Stage1Respond_MetAt", "Stage1Respond_MetOnTime", "Stage1Respond_OnTimeOnlyByExtension", "Stage1RespondedAt", "Stage2Acknowledge_DueBy", "Stage2Acknowledge_ExtendedByWorkingDays", "Stage2Acknowledge_MetAt", "Stage2Acknowledge_MetOnTime", "Stage2Acknowledge_OnTimeOnlyByExtension", "Stage2EnteredAt", "Stage2Handler", "Stage2Outcome", "Stage2Respond_DueBy", "Stage2Respond_ExtendedByWorkingDays", "Stage2Respond_MetAt", "Stage2Respond_MetOnTime", "Stage2Respond_OnTimeOnlyByExtension", "Stage2RespondedAt", "StockType", "WithdrawnAt", "WithdrawnAtStage"
FROM "reporting_complaints";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "reporting_complaints";

ALTER TABLE "ef_temp_reporting_complaints" RENAME TO "reporting_complaints";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_reporting_complaints_ReceivedAt" ON "reporting_complaints" ("ReceivedAt");

CREATE INDEX "IX_reporting_complaints_Reference" ON "reporting_complaints" ("Reference");

CREATE INDEX "IX_reporting_complaints_Stage1RespondedAt" ON "reporting_complaints" ("Stage1RespondedAt");

CREATE INDEX "IX_reporting_complaints_Stage2EnteredAt" ON "reporting_complaints" ("Stage2EnteredAt");

CREATE INDEX "IX_reporting_complaints_Stage2RespondedAt" ON "reporting_complaints" ("Stage2RespondedAt");

COMMIT;

INSERT INTO "reporting_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129110842_TsmReadModel', '10.0.15');


CREATE TABLE IF NOT EXISTS "investigation_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_investigation_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "investigation_actions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_investigation_actions" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Updates" TEXT NOT NULL,
    "TransferredTo" TEXT NULL,
    "FinishedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "investigation_assignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_investigation_assignments" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "OfficerId" TEXT NOT NULL,
    "OfficerName" TEXT NOT NULL,
    "Seniority" TEXT NOT NULL,
    "ServiceArea" TEXT NOT NULL,
    "ServiceAreaComplainedAbout" TEXT NULL,
    "AssignedAt" INTEGER NOT NULL,
    "AssignedBy" TEXT NOT NULL
);

CREATE TABLE "investigation_contacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_investigation_contacts" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Routing" TEXT NULL
);

CREATE TABLE "investigation_evidence" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_investigation_evidence" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Location" TEXT NOT NULL,
    "Note" TEXT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL
);

CREATE TABLE "investigation_mediations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_investigation_mediations" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "Mediator" TEXT NOT NULL,
    "Accepted" INTEGER NOT NULL,
    "Outcome" TEXT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL
);

CREATE TABLE "investigation_responses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_investigation_responses" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "ComplaintDefinition" TEXT NOT NULL,
    "Decisions" TEXT NOT NULL,
    "Remedies" TEXT NOT NULL,
    "OutstandingActions" TEXT NOT NULL,
    "EscalationInformation" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "IssuedBy" TEXT NOT NULL
);

CREATE INDEX "IX_investigation_actions_ComplaintId" ON "investigation_actions" ("ComplaintId");

CREATE INDEX "IX_investigation_assignments_ComplaintId_Stage" ON "investigation_assignments" ("ComplaintId", "Stage");

CREATE INDEX "IX_investigation_contacts_ComplaintId" ON "investigation_contacts" ("ComplaintId");

CREATE INDEX "IX_investigation_evidence_ComplaintId" ON "investigation_evidence" ("ComplaintId");

CREATE INDEX "IX_investigation_mediations_ComplaintId" ON "investigation_mediations" ("ComplaintId");

CREATE INDEX "IX_investigation_responses_ComplaintId" ON "investigation_responses" ("ComplaintId");

INSERT INTO "investigation_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261128221809_Baseline', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "investigation_responses" ADD "RootCauses" TEXT NOT NULL DEFAULT '';

ALTER TABLE "investigation_responses" ADD "Themes" TEXT NOT NULL DEFAULT '';

INSERT INTO "investigation_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129110656_TsmReadModel', '10.0.15');

COMMIT;


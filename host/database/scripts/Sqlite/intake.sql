CREATE TABLE IF NOT EXISTS "intake_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_intake_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "intake_complaint_links" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_intake_complaint_links" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" TEXT NOT NULL,
    "LinkedComplaintId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "LinkedAt" INTEGER NOT NULL,
    "LinkedBy" TEXT NOT NULL
);

CREATE TABLE "intake_complaints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_intake_complaints" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "ResidentReference" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "LoggedAt" INTEGER NOT NULL,
    "LoggedBy" TEXT NOT NULL,
    "Definition" TEXT NULL,
    "NamedOfficer" TEXT NULL,
    "ResolutionSought" TEXT NULL,
    "ExclusionReason" TEXT NULL,
    "OutcomeExplanation" TEXT NULL,
    "OmbudsmanSignposted" INTEGER NOT NULL,
    "IssueOccurredAt" INTEGER NULL,
    "ResidentAwareAt" INTEGER NULL,
    "Safeguarding" INTEGER NOT NULL,
    "HealthAndSafety" INTEGER NOT NULL,
    "BuildingSafety" INTEGER NOT NULL,
    "Anonymous" INTEGER NOT NULL,
    "AcceptanceOverride" TEXT NULL,
    "Points" TEXT NOT NULL,
    "DesiredOutcome" TEXT NULL,
    "Representative" TEXT NULL,
    "RepresentativeConsent" TEXT NULL,
    "ReasonableAdjustments" TEXT NOT NULL,
    "Vulnerabilities" TEXT NOT NULL,
    "ContactRouting" TEXT NULL,
    "ServiceRequestId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "AcceptanceAcceptable" INTEGER NOT NULL,
    "AcceptanceExplanation" TEXT NOT NULL,
    "AcceptanceOfficerMayOverride" INTEGER NOT NULL,
    "AcceptanceReplyDueOn" TEXT NULL,
    "AcceptanceRoute" TEXT NOT NULL,
    "AcceptanceSuggestedExclusionReason" TEXT NULL
);

CREATE TABLE "intake_service_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_intake_service_requests" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "ResidentReference" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_intake_complaint_links_ComplaintId_LinkedComplaintId" ON "intake_complaint_links" ("ComplaintId", "LinkedComplaintId");

CREATE INDEX "IX_intake_complaint_links_LinkedComplaintId" ON "intake_complaint_links" ("LinkedComplaintId");

CREATE UNIQUE INDEX "IX_intake_complaints_Reference" ON "intake_complaints" ("Reference");

CREATE INDEX "IX_intake_complaints_ServiceRequestId" ON "intake_complaints" ("ServiceRequestId");

CREATE UNIQUE INDEX "IX_intake_service_requests_Reference" ON "intake_service_requests" ("Reference");

INSERT INTO "intake_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261128221757_Baseline', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_intake_complaints_NamedOfficer_ReceivedAt_Reference" ON "intake_complaints" ("NamedOfficer", "ReceivedAt", "Reference");

CREATE INDEX "IX_intake_complaints_ReceivedAt_Reference" ON "intake_complaints" ("ReceivedAt", "Reference");

INSERT INTO "intake_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129032604_IndexedLists', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "intake_feedback" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_intake_feedback" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "IsCompliment" INTEGER NOT NULL,
    "Channel" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ResidentReference" TEXT NOT NULL,
    "Anonymous" INTEGER NOT NULL,
    "ServiceArea" TEXT NOT NULL,
    "StaffMember" TEXT NULL,
    "Team" TEXT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "ReceivedMonth" INTEGER NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "PassedOnTo" TEXT NULL,
    "PassedOnAt" INTEGER NULL,
    "PassedOnBy" TEXT NULL,
    "ServiceImprovement" TEXT NULL,
    "ServiceImprovementNotedAt" INTEGER NULL,
    "ServiceImprovementNotedBy" TEXT NULL,
    "ComplaintId" TEXT NULL,
    "ComplaintReference" TEXT NULL,
    "LoggedAsComplaintAt" INTEGER NULL,
    "LoggedAsComplaintBy" TEXT NULL
);

CREATE INDEX "IX_intake_feedback_ComplaintId" ON "intake_feedback" ("ComplaintId");

CREATE INDEX "IX_intake_feedback_Kind_ReceivedAt_Reference" ON "intake_feedback" ("Kind", "ReceivedAt", "Reference");

CREATE INDEX "IX_intake_feedback_ReceivedAt_Kind_ReceivedMonth_IsCompliment_ComplaintId" ON "intake_feedback" ("ReceivedAt", "Kind", "ReceivedMonth", "IsCompliment", "ComplaintId");

CREATE INDEX "IX_intake_feedback_ReceivedAt_Reference" ON "intake_feedback" ("ReceivedAt", "Reference");

CREATE UNIQUE INDEX "IX_intake_feedback_Reference" ON "intake_feedback" ("Reference");

CREATE INDEX "IX_intake_feedback_ServiceArea_ReceivedAt_Reference" ON "intake_feedback" ("ServiceArea", "ReceivedAt", "Reference");

INSERT INTO "intake_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129110102_FeedbackRecords', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "intake_complaints" ADD "Category" TEXT NULL;

INSERT INTO "intake_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129110627_TsmReadModel', '10.0.15');

COMMIT;


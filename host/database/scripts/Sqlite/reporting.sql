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

BEGIN TRANSACTION;
ALTER TABLE "reporting_complaints" ADD "PropertyReference" TEXT NULL;

ALTER TABLE "reporting_complaints" ADD "ResidentReference" TEXT NULL;

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

CREATE TABLE "reporting_self_assessment" (
    "ReportingYear" INTEGER NOT NULL,
    "ProvisionId" TEXT NOT NULL,
    "Compliance" INTEGER NOT NULL,
    "Commentary" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "PK_reporting_self_assessment" PRIMARY KEY ("ReportingYear", "ProvisionId")
);

CREATE TABLE "reporting_service_improvements" (
    "ComplaintId" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "MadeAt" INTEGER NOT NULL,
    CONSTRAINT "PK_reporting_service_improvements" PRIMARY KEY ("ComplaintId", "Stage", "Number")
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

CREATE INDEX "IX_reporting_service_improvements_MadeAt" ON "reporting_service_improvements" ("MadeAt");

INSERT INTO "reporting_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129121802_AnnualReport', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "reporting_accommodation_offers" (
    "HazardId" INTEGER NOT NULL,
    "OfferedAt" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Emergency" INTEGER NOT NULL,
    CONSTRAINT "PK_reporting_accommodation_offers" PRIMARY KEY ("HazardId", "OfferedAt")
);

CREATE TABLE "reporting_hazard_misses" (
    "HazardId" INTEGER NOT NULL,
    "Clock" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Emergency" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "MetAt" INTEGER NULL,
    CONSTRAINT "PK_reporting_hazard_misses" PRIMARY KEY ("HazardId", "Clock")
);

CREATE TABLE "reporting_hazards" (
    "HazardId" INTEGER NOT NULL CONSTRAINT "PK_reporting_hazards" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Emergency" INTEGER NOT NULL,
    "AwareAt" INTEGER NOT NULL,
    "StoppedAt" INTEGER NULL,
    "StopReason" TEXT NULL
);

CREATE INDEX "IX_reporting_accommodation_offers_OfferedAt" ON "reporting_accommodation_offers" ("OfferedAt");

CREATE INDEX "IX_reporting_hazard_misses_DueAt" ON "reporting_hazard_misses" ("DueAt");

CREATE INDEX "IX_reporting_hazards_AwareAt" ON "reporting_hazards" ("AwareAt");

INSERT INTO "reporting_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129134519_HazardMissesAndBoardFigures', '10.0.15');

COMMIT;


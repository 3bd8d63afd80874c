CREATE TABLE IF NOT EXISTS reporting_migrations (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK_reporting_migrations" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129101659_Reporting') THEN
    CREATE TABLE reporting_complaints (
        "ComplaintId" uuid NOT NULL,
        "Reference" character varying(200),
        "ReceivedAt" timestamp with time zone,
        "Stage1EnteredAt" timestamp with time zone,
        "Stage1RespondedAt" timestamp with time zone,
        "Stage2EnteredAt" timestamp with time zone,
        "Stage2RespondedAt" timestamp with time zone,
        "NotAccepted" boolean NOT NULL,
        "Withdrawn" boolean NOT NULL,
        "Closed" boolean NOT NULL,
        CONSTRAINT "PK_reporting_complaints" PRIMARY KEY ("ComplaintId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129101659_Reporting') THEN
    CREATE TABLE reporting_cursor (
        "Name" character varying(128) NOT NULL,
        "EventId" bigint NOT NULL,
        CONSTRAINT "PK_reporting_cursor" PRIMARY KEY ("Name")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129101659_Reporting') THEN
    CREATE INDEX "IX_reporting_complaints_ReceivedAt" ON reporting_complaints ("ReceivedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129101659_Reporting') THEN
    CREATE INDEX "IX_reporting_complaints_Stage1RespondedAt" ON reporting_complaints ("Stage1RespondedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129101659_Reporting') THEN
    CREATE INDEX "IX_reporting_complaints_Stage2EnteredAt" ON reporting_complaints ("Stage2EnteredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129101659_Reporting') THEN
    CREATE INDEX "IX_reporting_complaints_Stage2RespondedAt" ON reporting_complaints ("Stage2RespondedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129101659_Reporting') THEN
    INSERT INTO reporting_migrations ("MigrationId", "ProductVersion")
    VALUES ('20261129101659_Reporting', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    DELETE FROM reporting_complaints
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    UPDATE reporting_cursor SET "EventId" = 0
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints DROP COLUMN "Closed";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints DROP COLUMN "NotAccepted";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints RENAME COLUMN "Withdrawn" TO "ServiceRequest";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Category" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Channel" character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "ClosedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "DeclinedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "EscalationRefusedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "ExclusionReason" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Acknowledge_DueBy" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Acknowledge_ExtendedByWorkingDays" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Acknowledge_MetAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Acknowledge_MetOnTime" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Acknowledge_OnTimeOnlyByExtension" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Handler" character varying(400);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Outcome" character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Respond_DueBy" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Respond_ExtendedByWorkingDays" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Respond_MetAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Respond_MetOnTime" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage1Respond_OnTimeOnlyByExtension" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Acknowledge_DueBy" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Acknowledge_ExtendedByWorkingDays" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Acknowledge_MetAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Acknowledge_MetOnTime" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Acknowledge_OnTimeOnlyByExtension" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Handler" character varying(400);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Outcome" character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Respond_DueBy" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Respond_ExtendedByWorkingDays" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Respond_MetAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Respond_MetOnTime" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "Stage2Respond_OnTimeOnlyByExtension" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "StockType" character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "WithdrawnAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    ALTER TABLE reporting_complaints ADD "WithdrawnAtStage" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    CREATE TABLE reporting_complaint_learning (
        "ComplaintId" uuid NOT NULL,
        "Stage" integer NOT NULL,
        "Kind" character varying(64) NOT NULL,
        "Code" character varying(200) NOT NULL,
        CONSTRAINT "PK_reporting_complaint_learning" PRIMARY KEY ("ComplaintId", "Stage", "Kind", "Code")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    CREATE INDEX "IX_reporting_complaints_Reference" ON reporting_complaints ("Reference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129110857_TsmReadModel') THEN
    INSERT INTO reporting_migrations ("MigrationId", "ProductVersion")
    VALUES ('20261129110857_TsmReadModel', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    ALTER TABLE reporting_complaints ADD "PropertyReference" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    ALTER TABLE reporting_complaints ADD "ResidentReference" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_award_categories (
        "AwardId" bigint NOT NULL,
        "Category" character varying(64) NOT NULL,
        "AmountPence" bigint NOT NULL,
        CONSTRAINT "PK_reporting_award_categories" PRIMARY KEY ("AwardId", "Category")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_award_payments (
        "PaymentId" bigint NOT NULL,
        "AwardId" bigint NOT NULL,
        "AmountPence" bigint NOT NULL,
        "PaidOn" date NOT NULL,
        "OccurredAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_reporting_award_payments" PRIMARY KEY ("PaymentId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_awards (
        "AwardId" bigint NOT NULL,
        "Reference" character varying(200),
        "ComplaintId" uuid,
        "OmbudsmanCaseReference" character varying(200),
        "Band" text,
        "TotalPence" bigint,
        "ProposedAt" timestamp with time zone,
        "ApprovedPence" bigint,
        "ApprovedAt" timestamp with time zone,
        "RejectedAt" timestamp with time zone,
        "CancelledAt" timestamp with time zone,
        "OfferAnswer" character varying(64),
        "PaidPence" bigint NOT NULL,
        "PaidInFullOn" date,
        "LastPaidAt" timestamp with time zone,
        CONSTRAINT "PK_reporting_awards" PRIMARY KEY ("AwardId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_ombudsman_cases (
        "OmbudsmanCaseReference" character varying(200) NOT NULL,
        "ReferralId" bigint,
        "ComplaintIds" text NOT NULL,
        "ReferredOn" date,
        "ReferredAt" timestamp with time zone,
        "DeterminedOn" date,
        "DeterminedAt" timestamp with time zone,
        CONSTRAINT "PK_reporting_ombudsman_cases" PRIMARY KEY ("OmbudsmanCaseReference")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_ombudsman_findings (
        "OmbudsmanCaseReference" character varying(200) NOT NULL,
        "Number" integer NOT NULL,
        "Finding" character varying(64) NOT NULL,
        "ComplaintId" uuid,
        CONSTRAINT "PK_reporting_ombudsman_findings" PRIMARY KEY ("OmbudsmanCaseReference", "Number")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_ombudsman_orders (
        "OrderId" bigint NOT NULL,
        "OmbudsmanCaseReference" character varying(200) NOT NULL,
        "ComplaintId" uuid,
        "Type" character varying(64) NOT NULL,
        "AmountPence" bigint,
        "DueOn" date NOT NULL,
        "MadeAt" timestamp with time zone NOT NULL,
        "CompliedOn" date,
        "CompliedAt" timestamp with time zone,
        "OnTime" boolean,
        CONSTRAINT "PK_reporting_ombudsman_orders" PRIMARY KEY ("OrderId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_restrictions (
        "RestrictionId" bigint NOT NULL,
        "Reference" character varying(200) NOT NULL,
        "CaseReference" character varying(200) NOT NULL,
        "Kind" character varying(64) NOT NULL,
        "DecidedAt" timestamp with time zone NOT NULL,
        "ImmediateRisk" boolean NOT NULL,
        "StartsOn" date NOT NULL,
        "EndsOn" date NOT NULL,
        "ReviewDueOn" date NOT NULL,
        "Reviews" integer NOT NULL,
        "LastReviewedAt" timestamp with time zone,
        "AppealedAt" timestamp with time zone,
        "AppealUpheld" boolean,
        "LiftedAt" timestamp with time zone,
        "LiftedBecause" character varying(64),
        CONSTRAINT "PK_reporting_restrictions" PRIMARY KEY ("RestrictionId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_self_assessment (
        "ReportingYear" integer NOT NULL,
        "ProvisionId" character varying(128) NOT NULL,
        "Compliance" integer NOT NULL,
        "Commentary" character varying(4000) NOT NULL,
        "UpdatedBy" character varying(400) NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "Version" integer NOT NULL,
        CONSTRAINT "PK_reporting_self_assessment" PRIMARY KEY ("ReportingYear", "ProvisionId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE TABLE reporting_service_improvements (
        "ComplaintId" uuid NOT NULL,
        "Stage" integer NOT NULL,
        "Number" integer NOT NULL,
        "Description" character varying(4000) NOT NULL,
        "MadeAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_reporting_service_improvements" PRIMARY KEY ("ComplaintId", "Stage", "Number")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_award_payments_AwardId" ON reporting_award_payments ("AwardId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_award_payments_PaidOn" ON reporting_award_payments ("PaidOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_awards_ApprovedAt" ON reporting_awards ("ApprovedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_ombudsman_cases_DeterminedOn" ON reporting_ombudsman_cases ("DeterminedOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_ombudsman_cases_ReferredOn" ON reporting_ombudsman_cases ("ReferredOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_ombudsman_orders_CompliedOn" ON reporting_ombudsman_orders ("CompliedOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_ombudsman_orders_DueOn" ON reporting_ombudsman_orders ("DueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_restrictions_DecidedAt" ON reporting_restrictions ("DecidedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_restrictions_ReviewDueOn" ON reporting_restrictions ("ReviewDueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    CREATE INDEX "IX_reporting_service_improvements_MadeAt" ON reporting_service_improvements ("MadeAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129121814_AnnualReport') THEN
    INSERT INTO reporting_migrations ("MigrationId", "ProductVersion")
    VALUES ('20261129121814_AnnualReport', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129134524_HazardMissesAndBoardFigures') THEN
    CREATE TABLE reporting_accommodation_offers (
        "HazardId" bigint NOT NULL,
        "OfferedAt" timestamp with time zone NOT NULL,
        "Kind" character varying(200) NOT NULL,
        "Emergency" boolean NOT NULL,
        CONSTRAINT "PK_reporting_accommodation_offers" PRIMARY KEY ("HazardId", "OfferedAt")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129134524_HazardMissesAndBoardFigures') THEN
    CREATE TABLE reporting_hazard_misses (
        "HazardId" bigint NOT NULL,
        "Clock" character varying(200) NOT NULL,
        "Kind" character varying(200) NOT NULL,
        "Emergency" boolean NOT NULL,
        "DueAt" timestamp with time zone NOT NULL,
        "MetAt" timestamp with time zone,
        CONSTRAINT "PK_reporting_hazard_misses" PRIMARY KEY ("HazardId", "Clock")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129134524_HazardMissesAndBoardFigures') THEN
    CREATE TABLE reporting_hazards (
        "HazardId" bigint NOT NULL,
        "Reference" character varying(200) NOT NULL,
        "Kind" character varying(200) NOT NULL,
        "Emergency" boolean NOT NULL,
        "AwareAt" timestamp with time zone NOT NULL,
        "StoppedAt" timestamp with time zone,
        "StopReason" character varying(64),
        CONSTRAINT "PK_reporting_hazards" PRIMARY KEY ("HazardId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129134524_HazardMissesAndBoardFigures') THEN
    CREATE INDEX "IX_reporting_accommodation_offers_OfferedAt" ON reporting_accommodation_offers ("OfferedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129134524_HazardMissesAndBoardFigures') THEN
    CREATE INDEX "IX_reporting_hazard_misses_DueAt" ON reporting_hazard_misses ("DueAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129134524_HazardMissesAndBoardFigures') THEN
    CREATE INDEX "IX_reporting_hazards_AwareAt" ON reporting_hazards ("AwareAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting_migrations WHERE "MigrationId" = '20261129134524_HazardMissesAndBoardFigures') THEN
    INSERT INTO reporting_migrations ("MigrationId", "ProductVersion")
    VALUES ('20261129134524_HazardMissesAndBoardFigures', '10.0.15');
    END IF;
END $EF$;
COMMIT;


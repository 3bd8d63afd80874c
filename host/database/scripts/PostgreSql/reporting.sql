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


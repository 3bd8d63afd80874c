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


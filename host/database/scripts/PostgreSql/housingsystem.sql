CREATE TABLE IF NOT EXISTS housingsystem_migrations (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK_housingsystem_migrations" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE TABLE housingsystem_complaint_parties (
        "ComplaintId" uuid NOT NULL,
        "ComplaintReference" character varying(200) NOT NULL,
        "ResidentReference" character varying(200),
        "PropertyReference" character varying(200),
        "ReceivedAt" timestamp with time zone NOT NULL,
        "Resolution" character varying(64) NOT NULL,
        "Attempts" integer NOT NULL,
        "LastAttemptAt" timestamp with time zone,
        "ResolvedAt" timestamp with time zone,
        CONSTRAINT "PK_housingsystem_complaint_parties" PRIMARY KEY ("ComplaintId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE TABLE housingsystem_properties (
        "Reference" character varying(200) NOT NULL,
        "Record" text NOT NULL,
        "FetchedAt" timestamp with time zone NOT NULL,
        "Expired" boolean NOT NULL,
        CONSTRAINT "PK_housingsystem_properties" PRIMARY KEY ("Reference")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE TABLE housingsystem_repair_jobs (
        "Id" uuid NOT NULL,
        "JobReference" character varying(200) NOT NULL,
        "ComplaintId" uuid NOT NULL,
        "PropertyReference" character varying(200) NOT NULL,
        "Description" text NOT NULL,
        "Priority" character varying(64) NOT NULL,
        "Status" character varying(64) NOT NULL,
        "StatusChangedAt" timestamp with time zone NOT NULL,
        "RaisedAt" timestamp with time zone NOT NULL,
        "RaisedBy" text NOT NULL,
        CONSTRAINT "PK_housingsystem_repair_jobs" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE TABLE housingsystem_residents (
        "Reference" character varying(200) NOT NULL,
        "Record" text NOT NULL,
        "FetchedAt" timestamp with time zone NOT NULL,
        "Expired" boolean NOT NULL,
        CONSTRAINT "PK_housingsystem_residents" PRIMARY KEY ("Reference")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE INDEX "IX_housingsystem_complaint_parties_PropertyReference_ReceivedAt" ON housingsystem_complaint_parties ("PropertyReference", "ReceivedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE INDEX "IX_housingsystem_complaint_parties_ResidentReference" ON housingsystem_complaint_parties ("ResidentReference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE INDEX "IX_housingsystem_complaint_parties_Resolution" ON housingsystem_complaint_parties ("Resolution");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE INDEX "IX_housingsystem_repair_jobs_ComplaintId" ON housingsystem_repair_jobs ("ComplaintId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE UNIQUE INDEX "IX_housingsystem_repair_jobs_JobReference" ON housingsystem_repair_jobs ("JobReference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    CREATE INDEX "IX_housingsystem_repair_jobs_PropertyReference" ON housingsystem_repair_jobs ("PropertyReference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129082357_HousingSystem') THEN
    INSERT INTO housingsystem_migrations ("MigrationId", "ProductVersion")
    VALUES ('20261129082357_HousingSystem', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129093758_WebhookDeliveries') THEN
    CREATE TABLE housingsystem_webhook_cursor (
        "Name" character varying(128) NOT NULL,
        "EventId" bigint NOT NULL,
        CONSTRAINT "PK_housingsystem_webhook_cursor" PRIMARY KEY ("Name")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129093758_WebhookDeliveries') THEN
    CREATE TABLE housingsystem_webhook_deliveries (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "EventId" bigint NOT NULL,
        "EventType" character varying(128) NOT NULL,
        "Outcome" character varying(64) NOT NULL,
        "Attempts" integer NOT NULL,
        "LastError" text,
        "At" timestamp with time zone NOT NULL,
        "Replay" boolean NOT NULL,
        CONSTRAINT "PK_housingsystem_webhook_deliveries" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129093758_WebhookDeliveries') THEN
    CREATE TABLE housingsystem_webhook_replays (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "EventId" bigint NOT NULL,
        "RequestedAt" timestamp with time zone NOT NULL,
        "RequestedBy" character varying(200) NOT NULL,
        "DoneAt" timestamp with time zone,
        CONSTRAINT "PK_housingsystem_webhook_replays" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129093758_WebhookDeliveries') THEN
    CREATE INDEX "IX_housingsystem_webhook_deliveries_Outcome_EventId" ON housingsystem_webhook_deliveries ("Outcome", "EventId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129093758_WebhookDeliveries') THEN
    CREATE INDEX "IX_housingsystem_webhook_replays_DoneAt" ON housingsystem_webhook_replays ("DoneAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM housingsystem_migrations WHERE "MigrationId" = '20261129093758_WebhookDeliveries') THEN
    INSERT INTO housingsystem_migrations ("MigrationId", "ProductVersion")
    VALUES ('20261129093758_WebhookDeliveries', '10.0.15');
    END IF;
END $EF$;
COMMIT;


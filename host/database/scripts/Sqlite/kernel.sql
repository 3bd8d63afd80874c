CREATE TABLE IF NOT EXISTS "kernel_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_kernel_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "kernel_idempotency" (
    "MessageName" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "ResultJson" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_kernel_idempotency" PRIMARY KEY ("MessageName", "Key")
);

CREATE TABLE "kernel_inbox" (
    "Consumer" TEXT NOT NULL,
    "MessageId" INTEGER NOT NULL,
    "ProcessedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_kernel_inbox" PRIMARY KEY ("Consumer", "MessageId")
);

CREATE TABLE "kernel_outbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_kernel_outbox" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "Consumer" TEXT NOT NULL,
    "MessageType" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CorrelationId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NULL,
    "DeliveredAt" INTEGER NULL,
    "FailedAt" INTEGER NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "kernel_sequences" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_kernel_sequences" PRIMARY KEY,
    "Value" INTEGER NOT NULL
);

CREATE INDEX "IX_kernel_outbox_DeliveredAt_NextAttemptAt" ON "kernel_outbox" ("DeliveredAt", "NextAttemptAt");

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261128221732_Baseline', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "kernel_api_keys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_kernel_api_keys" PRIMARY KEY,
    "System" TEXT NOT NULL,
    "Roles" TEXT NOT NULL,
    "SecretHash" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    "RevokedBy" TEXT NULL,
    "RevocationReason" TEXT NULL,
    "ReplacedBy" TEXT NULL,
    "LastUsedAt" INTEGER NULL
);

CREATE INDEX "IX_kernel_api_keys_System" ON "kernel_api_keys" ("System");

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129004437_AddApiKeys', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "kernel_audit" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_kernel_audit" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "OnBehalfOf" TEXT NULL,
    "Method" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "CorrelationId" TEXT NOT NULL,
    "Records" TEXT NOT NULL,
    "SensitiveFields" TEXT NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);

CREATE TABLE "kernel_audit_records" (
    "EntryId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    CONSTRAINT "PK_kernel_audit_records" PRIMARY KEY ("EntryId", "Type", "Key"),
    CONSTRAINT "FK_kernel_audit_records_kernel_audit_EntryId" FOREIGN KEY ("EntryId") REFERENCES "kernel_audit" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_kernel_audit_Actor" ON "kernel_audit" ("Actor");

CREATE INDEX "IX_kernel_audit_OnBehalfOf" ON "kernel_audit" ("OnBehalfOf");

CREATE INDEX "IX_kernel_audit_records_Type_Key" ON "kernel_audit_records" ("Type", "Key");

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129010450_AddAuditOfAccess', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "kernel_audit" ADD "Detail" TEXT NULL;

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129015237_AddAuditDetail', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "kernel_anonymised_records" (
    "Kind" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "AnonymisedAt" INTEGER NOT NULL,
    "ConcludedAt" INTEGER NOT NULL,
    "Rule" TEXT NOT NULL,
    "Changes" TEXT NOT NULL,
    CONSTRAINT "PK_kernel_anonymised_records" PRIMARY KEY ("Kind", "Reference")
);

CREATE TABLE "kernel_legal_holds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_kernel_legal_holds" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "PlacedBy" TEXT NOT NULL,
    "PlacedAt" INTEGER NOT NULL,
    "ReleasedBy" TEXT NULL,
    "ReleasedAt" INTEGER NULL,
    "ReleaseReason" TEXT NULL
);

CREATE INDEX "IX_kernel_legal_holds_Kind_Reference" ON "kernel_legal_holds" ("Kind", "Reference");

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129024221_AddRetention', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "kernel_leases" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_kernel_leases" PRIMARY KEY,
    "Holder" TEXT NOT NULL,
    "ExpiresAt" INTEGER NOT NULL
);

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129030757_AddLeases', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "kernel_plugin_steps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_kernel_plugin_steps" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "Mode" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "Assembly" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "FilteringAttributes" TEXT NOT NULL,
    "PreImageAttributes" TEXT NULL,
    "PostImageAttributes" TEXT NULL,
    "UnsecureConfiguration" TEXT NULL,
    "SecureConfiguration" TEXT NULL,
    "RegisteredAt" INTEGER NOT NULL,
    "RegisteredBy" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "kernel_plugin_traces" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_kernel_plugin_traces" PRIMARY KEY,
    "StepId" TEXT NOT NULL,
    "StepName" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "Mode" INTEGER NOT NULL,
    "CorrelationId" TEXT NOT NULL,
    "Depth" INTEGER NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "DurationMicroseconds" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Error" TEXT NULL,
    "Lines" TEXT NOT NULL
);

CREATE INDEX "IX_kernel_plugin_traces_CorrelationId" ON "kernel_plugin_traces" ("CorrelationId");

CREATE INDEX "IX_kernel_plugin_traces_StartedAt" ON "kernel_plugin_traces" ("StartedAt");

CREATE INDEX "IX_kernel_plugin_traces_StepId" ON "kernel_plugin_traces" ("StepId");

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129080803_PluginStepRegistration', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "kernel_events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_kernel_events" PRIMARY KEY AUTOINCREMENT,
    "EventType" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "CorrelationId" TEXT NOT NULL
);

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129081633_EventLog', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_kernel_events_RecordedAt" ON "kernel_events" ("RecordedAt");

INSERT INTO "kernel_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261129093658_WebhookDeliveries', '10.0.15');

COMMIT;


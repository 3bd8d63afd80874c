IF OBJECT_ID(N'[housingsystem_migrations]') IS NULL
BEGIN
    CREATE TABLE [housingsystem_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_housingsystem_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE TABLE [housingsystem_complaint_parties] (
        [ComplaintId] uniqueidentifier NOT NULL,
        [ComplaintReference] nvarchar(200) NOT NULL,
        [ResidentReference] nvarchar(200) NULL,
        [PropertyReference] nvarchar(200) NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [Resolution] nvarchar(64) NOT NULL,
        [Attempts] int NOT NULL,
        [LastAttemptAt] datetimeoffset NULL,
        [ResolvedAt] datetimeoffset NULL,
        CONSTRAINT [PK_housingsystem_complaint_parties] PRIMARY KEY ([ComplaintId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE TABLE [housingsystem_properties] (
        [Reference] nvarchar(200) NOT NULL,
        [Record] nvarchar(max) NOT NULL,
        [FetchedAt] datetimeoffset NOT NULL,
        [Expired] bit NOT NULL,
        CONSTRAINT [PK_housingsystem_properties] PRIMARY KEY ([Reference])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE TABLE [housingsystem_repair_jobs] (
        [Id] uniqueidentifier NOT NULL,
        [JobReference] nvarchar(200) NOT NULL,
        [ComplaintId] uniqueidentifier NOT NULL,
        [PropertyReference] nvarchar(200) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Priority] nvarchar(64) NOT NULL,
        [Status] nvarchar(64) NOT NULL,
        [StatusChangedAt] datetimeoffset NOT NULL,
        [RaisedAt] datetimeoffset NOT NULL,
        [RaisedBy] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_housingsystem_repair_jobs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE TABLE [housingsystem_residents] (
        [Reference] nvarchar(200) NOT NULL,
        [Record] nvarchar(max) NOT NULL,
        [FetchedAt] datetimeoffset NOT NULL,
        [Expired] bit NOT NULL,
        CONSTRAINT [PK_housingsystem_residents] PRIMARY KEY ([Reference])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE INDEX [IX_housingsystem_complaint_parties_PropertyReference_ReceivedAt] ON [housingsystem_complaint_parties] ([PropertyReference], [ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE INDEX [IX_housingsystem_complaint_parties_ResidentReference] ON [housingsystem_complaint_parties] ([ResidentReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE INDEX [IX_housingsystem_complaint_parties_Resolution] ON [housingsystem_complaint_parties] ([Resolution]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE INDEX [IX_housingsystem_repair_jobs_ComplaintId] ON [housingsystem_repair_jobs] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE UNIQUE INDEX [IX_housingsystem_repair_jobs_JobReference] ON [housingsystem_repair_jobs] ([JobReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    CREATE INDEX [IX_housingsystem_repair_jobs_PropertyReference] ON [housingsystem_repair_jobs] ([PropertyReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129082405_HousingSystem'
)
BEGIN
    INSERT INTO [housingsystem_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129082405_HousingSystem', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129093803_WebhookDeliveries'
)
BEGIN
    CREATE TABLE [housingsystem_webhook_cursor] (
        [Name] nvarchar(128) NOT NULL,
        [EventId] bigint NOT NULL,
        CONSTRAINT [PK_housingsystem_webhook_cursor] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129093803_WebhookDeliveries'
)
BEGIN
    CREATE TABLE [housingsystem_webhook_deliveries] (
        [Id] bigint NOT NULL IDENTITY,
        [EventId] bigint NOT NULL,
        [EventType] nvarchar(128) NOT NULL,
        [Outcome] nvarchar(64) NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(max) NULL,
        [At] datetimeoffset NOT NULL,
        [Replay] bit NOT NULL,
        CONSTRAINT [PK_housingsystem_webhook_deliveries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129093803_WebhookDeliveries'
)
BEGIN
    CREATE TABLE [housingsystem_webhook_replays] (
        [Id] bigint NOT NULL IDENTITY,
        [EventId] bigint NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [RequestedBy] nvarchar(200) NOT NULL,
        [DoneAt] datetimeoffset NULL,
        CONSTRAINT [PK_housingsystem_webhook_replays] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129093803_WebhookDeliveries'
)
BEGIN
    CREATE INDEX [IX_housingsystem_webhook_deliveries_Outcome_EventId] ON [housingsystem_webhook_deliveries] ([Outcome], [EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129093803_WebhookDeliveries'
)
BEGIN
    CREATE INDEX [IX_housingsystem_webhook_replays_DoneAt] ON [housingsystem_webhook_replays] ([DoneAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [housingsystem_migrations]
    WHERE [MigrationId] = N'20261129093803_WebhookDeliveries'
)
BEGIN
    INSERT INTO [housingsystem_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129093803_WebhookDeliveries', N'10.0.15');
END;

COMMIT;
GO


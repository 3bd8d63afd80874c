IF OBJECT_ID(N'[kernel_migrations]') IS NULL
BEGIN
    CREATE TABLE [kernel_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_kernel_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261128222838_Initial'
)
BEGIN
    CREATE TABLE [kernel_idempotency] (
        [MessageName] nvarchar(128) NOT NULL,
        [Key] nvarchar(256) NOT NULL,
        [RequestHash] nvarchar(max) NOT NULL,
        [ResultJson] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_kernel_idempotency] PRIMARY KEY ([MessageName], [Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261128222838_Initial'
)
BEGIN
    CREATE TABLE [kernel_inbox] (
        [Consumer] nvarchar(128) NOT NULL,
        [MessageId] bigint NOT NULL,
        [ProcessedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_kernel_inbox] PRIMARY KEY ([Consumer], [MessageId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261128222838_Initial'
)
BEGIN
    CREATE TABLE [kernel_outbox] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] int NOT NULL,
        [Consumer] nvarchar(max) NOT NULL,
        [MessageType] nvarchar(max) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [CorrelationId] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetimeoffset NULL,
        [DeliveredAt] datetimeoffset NULL,
        [FailedAt] datetimeoffset NULL,
        [LastError] nvarchar(max) NULL,
        CONSTRAINT [PK_kernel_outbox] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261128222838_Initial'
)
BEGIN
    CREATE TABLE [kernel_sequences] (
        [Name] nvarchar(128) NOT NULL,
        [Value] bigint NOT NULL,
        CONSTRAINT [PK_kernel_sequences] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261128222838_Initial'
)
BEGIN
    CREATE INDEX [IX_kernel_outbox_DeliveredAt_NextAttemptAt] ON [kernel_outbox] ([DeliveredAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261128222838_Initial'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261128222838_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129004447_AddApiKeys'
)
BEGIN
    CREATE TABLE [kernel_api_keys] (
        [Id] nvarchar(128) NOT NULL,
        [System] nvarchar(200) NOT NULL,
        [Roles] nvarchar(max) NOT NULL,
        [SecretHash] nvarchar(64) NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [IssuedBy] nvarchar(max) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [RevokedAt] datetimeoffset NULL,
        [RevokedBy] nvarchar(max) NULL,
        [RevocationReason] nvarchar(max) NULL,
        [ReplacedBy] nvarchar(max) NULL,
        [LastUsedAt] datetimeoffset NULL,
        CONSTRAINT [PK_kernel_api_keys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129004447_AddApiKeys'
)
BEGIN
    CREATE INDEX [IX_kernel_api_keys_System] ON [kernel_api_keys] ([System]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129004447_AddApiKeys'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129004447_AddApiKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129010501_AddAuditOfAccess'
)
BEGIN
    CREATE TABLE [kernel_audit] (
        [Id] bigint NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Actor] nvarchar(200) NOT NULL,
        [OnBehalfOf] nvarchar(200) NULL,
        [Method] nvarchar(max) NOT NULL,
        [Kind] nvarchar(max) NOT NULL,
        [Outcome] nvarchar(max) NOT NULL,
        [CorrelationId] nvarchar(max) NOT NULL,
        [Records] nvarchar(max) NOT NULL,
        [SensitiveFields] nvarchar(max) NOT NULL,
        [PreviousHash] nvarchar(max) NOT NULL,
        [Hash] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_kernel_audit] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129010501_AddAuditOfAccess'
)
BEGIN
    CREATE TABLE [kernel_audit_records] (
        [EntryId] bigint NOT NULL,
        [Type] nvarchar(64) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_kernel_audit_records] PRIMARY KEY ([EntryId], [Type], [Key]),
        CONSTRAINT [FK_kernel_audit_records_kernel_audit_EntryId] FOREIGN KEY ([EntryId]) REFERENCES [kernel_audit] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129010501_AddAuditOfAccess'
)
BEGIN
    CREATE INDEX [IX_kernel_audit_Actor] ON [kernel_audit] ([Actor]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129010501_AddAuditOfAccess'
)
BEGIN
    CREATE INDEX [IX_kernel_audit_OnBehalfOf] ON [kernel_audit] ([OnBehalfOf]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129010501_AddAuditOfAccess'
)
BEGIN
    CREATE INDEX [IX_kernel_audit_records_Type_Key] ON [kernel_audit_records] ([Type], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129010501_AddAuditOfAccess'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129010501_AddAuditOfAccess', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129015248_AddAuditDetail'
)
BEGIN
    ALTER TABLE [kernel_audit] ADD [Detail] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129015248_AddAuditDetail'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129015248_AddAuditDetail', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129024232_AddRetention'
)
BEGIN
    CREATE TABLE [kernel_anonymised_records] (
        [Kind] nvarchar(64) NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [AnonymisedAt] datetimeoffset NOT NULL,
        [ConcludedAt] datetimeoffset NOT NULL,
        [Rule] nvarchar(max) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_kernel_anonymised_records] PRIMARY KEY ([Kind], [Reference])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129024232_AddRetention'
)
BEGIN
    CREATE TABLE [kernel_legal_holds] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(64) NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Reason] nvarchar(max) NOT NULL,
        [PlacedBy] nvarchar(max) NOT NULL,
        [PlacedAt] datetimeoffset NOT NULL,
        [ReleasedBy] nvarchar(max) NULL,
        [ReleasedAt] datetimeoffset NULL,
        [ReleaseReason] nvarchar(max) NULL,
        CONSTRAINT [PK_kernel_legal_holds] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129024232_AddRetention'
)
BEGIN
    CREATE INDEX [IX_kernel_legal_holds_Kind_Reference] ON [kernel_legal_holds] ([Kind], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129024232_AddRetention'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129024232_AddRetention', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129030810_AddLeases'
)
BEGIN
    CREATE TABLE [kernel_leases] (
        [Name] nvarchar(128) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_kernel_leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129030810_AddLeases'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129030810_AddLeases', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129080813_PluginStepRegistration'
)
BEGIN
    CREATE TABLE [kernel_plugin_steps] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Message] nvarchar(128) NOT NULL,
        [Stage] int NOT NULL,
        [Mode] int NOT NULL,
        [Order] int NOT NULL,
        [Assembly] nvarchar(200) NOT NULL,
        [Type] nvarchar(400) NOT NULL,
        [Enabled] bit NOT NULL,
        [FilteringAttributes] nvarchar(max) NOT NULL,
        [PreImageAttributes] nvarchar(max) NULL,
        [PostImageAttributes] nvarchar(max) NULL,
        [UnsecureConfiguration] nvarchar(max) NULL,
        [SecureConfiguration] nvarchar(max) NULL,
        [RegisteredAt] datetimeoffset NOT NULL,
        [RegisteredBy] nvarchar(200) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [UpdatedBy] nvarchar(200) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_kernel_plugin_steps] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129080813_PluginStepRegistration'
)
BEGIN
    CREATE TABLE [kernel_plugin_traces] (
        [Id] uniqueidentifier NOT NULL,
        [StepId] uniqueidentifier NOT NULL,
        [StepName] nvarchar(200) NOT NULL,
        [Message] nvarchar(128) NOT NULL,
        [Stage] int NOT NULL,
        [Mode] int NOT NULL,
        [CorrelationId] nvarchar(200) NOT NULL,
        [Depth] int NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [DurationMicroseconds] bigint NOT NULL,
        [Outcome] nvarchar(64) NOT NULL,
        [Error] nvarchar(max) NULL,
        [Lines] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_kernel_plugin_traces] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129080813_PluginStepRegistration'
)
BEGIN
    CREATE INDEX [IX_kernel_plugin_traces_CorrelationId] ON [kernel_plugin_traces] ([CorrelationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129080813_PluginStepRegistration'
)
BEGIN
    CREATE INDEX [IX_kernel_plugin_traces_StartedAt] ON [kernel_plugin_traces] ([StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129080813_PluginStepRegistration'
)
BEGIN
    CREATE INDEX [IX_kernel_plugin_traces_StepId] ON [kernel_plugin_traces] ([StepId]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129080813_PluginStepRegistration'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129080813_PluginStepRegistration', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129081649_EventLog'
)
BEGIN
    CREATE TABLE [kernel_events] (
        [Id] bigint NOT NULL IDENTITY,
        [EventType] nvarchar(128) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [CorrelationId] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_kernel_events] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129081649_EventLog'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129081649_EventLog', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129093708_WebhookDeliveries'
)
BEGIN
    CREATE INDEX [IX_kernel_events_RecordedAt] ON [kernel_events] ([RecordedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [kernel_migrations]
    WHERE [MigrationId] = N'20261129093708_WebhookDeliveries'
)
BEGIN
    INSERT INTO [kernel_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129093708_WebhookDeliveries', N'10.0.15');
END;

COMMIT;
GO


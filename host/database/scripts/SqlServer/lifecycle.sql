IF OBJECT_ID(N'[lifecycle_migrations]') IS NULL
BEGIN
    CREATE TABLE [lifecycle_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_lifecycle_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261128222843_Initial'
)
BEGIN
    CREATE TABLE [lifecycle_cases] (
        [ComplaintId] uniqueidentifier NOT NULL,
        [Stage] nvarchar(64) NOT NULL,
        [EnteredStageAt] datetimeoffset NOT NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [BuildingSafety] bit NOT NULL,
        [Correspondence] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_lifecycle_cases] PRIMARY KEY ([ComplaintId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261128222843_Initial'
)
BEGIN
    CREATE TABLE [lifecycle_transitions] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [FromStage] nvarchar(max) NULL,
        [ToStage] nvarchar(max) NOT NULL,
        [Trigger] nvarchar(max) NOT NULL,
        [Actor] nvarchar(max) NOT NULL,
        [Reason] nvarchar(max) NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [ExtensionWorkingDays] int NULL,
        [ResidentAgreed] bit NULL,
        CONSTRAINT [PK_lifecycle_transitions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261128222843_Initial'
)
BEGIN
    CREATE INDEX [IX_lifecycle_cases_Stage] ON [lifecycle_cases] ([Stage]);
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261128222843_Initial'
)
BEGIN
    CREATE INDEX [IX_lifecycle_transitions_ComplaintId] ON [lifecycle_transitions] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261128222843_Initial'
)
BEGIN
    INSERT INTO [lifecycle_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261128222843_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    DROP INDEX [IX_lifecycle_cases_Stage] ON [lifecycle_cases];
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    ALTER TABLE [lifecycle_cases] ADD [ClockBasis] nvarchar(128) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    ALTER TABLE [lifecycle_cases] ADD [DueSoonFrom] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    ALTER TABLE [lifecycle_cases] ADD [OverdueFrom] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    ALTER TABLE [lifecycle_cases] ADD [Reference] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_lifecycle_cases_running] ON [lifecycle_cases] ([ReceivedAt], [Reference]) WHERE "OverdueFrom" IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    CREATE INDEX [IX_lifecycle_cases_Stage_ReceivedAt_Reference] ON [lifecycle_cases] ([Stage], [ReceivedAt], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129032554_IndexedLists'
)
BEGIN
    INSERT INTO [lifecycle_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129032554_IndexedLists', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129114625_WorkQueueDueIndex'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_lifecycle_cases_due] ON [lifecycle_cases] ([OverdueFrom], [Reference]) WHERE "OverdueFrom" IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [lifecycle_migrations]
    WHERE [MigrationId] = N'20261129114625_WorkQueueDueIndex'
)
BEGIN
    INSERT INTO [lifecycle_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129114625_WorkQueueDueIndex', N'10.0.15');
END;

COMMIT;
GO


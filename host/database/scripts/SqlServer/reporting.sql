IF OBJECT_ID(N'[reporting_migrations]') IS NULL
BEGIN
    CREATE TABLE [reporting_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_reporting_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129101705_Reporting'
)
BEGIN
    CREATE TABLE [reporting_complaints] (
        [ComplaintId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(200) NULL,
        [ReceivedAt] datetimeoffset NULL,
        [Stage1EnteredAt] datetimeoffset NULL,
        [Stage1RespondedAt] datetimeoffset NULL,
        [Stage2EnteredAt] datetimeoffset NULL,
        [Stage2RespondedAt] datetimeoffset NULL,
        [NotAccepted] bit NOT NULL,
        [Withdrawn] bit NOT NULL,
        [Closed] bit NOT NULL,
        CONSTRAINT [PK_reporting_complaints] PRIMARY KEY ([ComplaintId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129101705_Reporting'
)
BEGIN
    CREATE TABLE [reporting_cursor] (
        [Name] nvarchar(128) NOT NULL,
        [EventId] bigint NOT NULL,
        CONSTRAINT [PK_reporting_cursor] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129101705_Reporting'
)
BEGIN
    CREATE INDEX [IX_reporting_complaints_ReceivedAt] ON [reporting_complaints] ([ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129101705_Reporting'
)
BEGIN
    CREATE INDEX [IX_reporting_complaints_Stage1RespondedAt] ON [reporting_complaints] ([Stage1RespondedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129101705_Reporting'
)
BEGIN
    CREATE INDEX [IX_reporting_complaints_Stage2EnteredAt] ON [reporting_complaints] ([Stage2EnteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129101705_Reporting'
)
BEGIN
    CREATE INDEX [IX_reporting_complaints_Stage2RespondedAt] ON [reporting_complaints] ([Stage2RespondedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129101705_Reporting'
)
BEGIN
    INSERT INTO [reporting_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129101705_Reporting', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    DELETE FROM reporting_complaints
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    UPDATE reporting_cursor SET "EventId" = 0
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[reporting_complaints]') AND [c].[name] = N'Closed');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [reporting_complaints] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [reporting_complaints] DROP COLUMN [Closed];
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[reporting_complaints]') AND [c].[name] = N'NotAccepted');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [reporting_complaints] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [reporting_complaints] DROP COLUMN [NotAccepted];
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    EXEC sp_rename N'[reporting_complaints].[Withdrawn]', N'ServiceRequest', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Category] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Channel] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [ClosedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [DeclinedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [EscalationRefusedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [ExclusionReason] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Acknowledge_DueBy] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Acknowledge_ExtendedByWorkingDays] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Acknowledge_MetAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Acknowledge_MetOnTime] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Acknowledge_OnTimeOnlyByExtension] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Handler] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Outcome] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Respond_DueBy] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Respond_ExtendedByWorkingDays] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Respond_MetAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Respond_MetOnTime] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage1Respond_OnTimeOnlyByExtension] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Acknowledge_DueBy] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Acknowledge_ExtendedByWorkingDays] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Acknowledge_MetAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Acknowledge_MetOnTime] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Acknowledge_OnTimeOnlyByExtension] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Handler] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Outcome] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Respond_DueBy] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Respond_ExtendedByWorkingDays] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Respond_MetAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Respond_MetOnTime] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [Stage2Respond_OnTimeOnlyByExtension] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [StockType] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [WithdrawnAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [WithdrawnAtStage] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    CREATE TABLE [reporting_complaint_learning] (
        [ComplaintId] uniqueidentifier NOT NULL,
        [Stage] int NOT NULL,
        [Kind] nvarchar(64) NOT NULL,
        [Code] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_reporting_complaint_learning] PRIMARY KEY ([ComplaintId], [Stage], [Kind], [Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    CREATE INDEX [IX_reporting_complaints_Reference] ON [reporting_complaints] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129110913_TsmReadModel'
)
BEGIN
    INSERT INTO [reporting_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129110913_TsmReadModel', N'10.0.15');
END;

COMMIT;
GO


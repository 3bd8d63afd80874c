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


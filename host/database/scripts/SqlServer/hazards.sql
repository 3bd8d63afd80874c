IF OBJECT_ID(N'[hazards_migrations]') IS NULL
BEGIN
    CREATE TABLE [hazards_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_hazards_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129112242_AwaabsLawHazards'
)
BEGIN
    CREATE TABLE [hazards_hazards] (
        [Id] bigint NOT NULL IDENTITY,
        [Reference] nvarchar(200) NOT NULL,
        [Source] nvarchar(200) NOT NULL,
        [SourceReference] nvarchar(max) NOT NULL,
        [ComplaintId] uniqueidentifier NULL,
        [PropertyReference] nvarchar(200) NOT NULL,
        [ResidentReference] nvarchar(max) NOT NULL,
        [Kind] nvarchar(200) NOT NULL,
        [Emergency] bit NOT NULL,
        [AwareAt] datetimeoffset NOT NULL,
        [Tenure] nvarchar(max) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [ReportedBy] nvarchar(max) NOT NULL,
        [ReportedAt] datetimeoffset NOT NULL,
        [Investigation] nvarchar(max) NULL,
        [SummarySentAt] datetimeoffset NULL,
        [SummaryText] nvarchar(max) NULL,
        [SafetyWork] nvarchar(max) NULL,
        [FurtherWork] nvarchar(max) NULL,
        [AccessAttempts] nvarchar(max) NOT NULL,
        [AccommodationOffers] nvarchar(max) NOT NULL,
        [Stopped] nvarchar(max) NULL,
        [StoppedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_hazards_hazards] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129112242_AwaabsLawHazards'
)
BEGIN
    CREATE INDEX [IX_hazards_hazards_ComplaintId] ON [hazards_hazards] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129112242_AwaabsLawHazards'
)
BEGIN
    CREATE INDEX [IX_hazards_hazards_PropertyReference] ON [hazards_hazards] ([PropertyReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129112242_AwaabsLawHazards'
)
BEGIN
    CREATE UNIQUE INDEX [IX_hazards_hazards_Reference] ON [hazards_hazards] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129112242_AwaabsLawHazards'
)
BEGIN
    CREATE INDEX [IX_hazards_hazards_StoppedAt] ON [hazards_hazards] ([StoppedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129112242_AwaabsLawHazards'
)
BEGIN
    INSERT INTO [hazards_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129112242_AwaabsLawHazards', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129134544_HazardMissesAndBoardFigures'
)
BEGIN
    ALTER TABLE [hazards_hazards] ADD [MissedClocks] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [hazards_migrations]
    WHERE [MigrationId] = N'20261129134544_HazardMissesAndBoardFigures'
)
BEGIN
    INSERT INTO [hazards_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129134544_HazardMissesAndBoardFigures', N'10.0.15');
END;

COMMIT;
GO


IF OBJECT_ID(N'[compensation_migrations]') IS NULL
BEGIN
    CREATE TABLE [compensation_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_compensation_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [compensation_migrations]
    WHERE [MigrationId] = N'20261128222900_Initial'
)
BEGIN
    CREATE TABLE [compensation_awards] (
        [Id] bigint NOT NULL IDENTITY,
        [Reference] nvarchar(200) NOT NULL,
        [ComplaintId] uniqueidentifier NULL,
        [OmbudsmanCaseReference] nvarchar(max) NULL,
        [Status] nvarchar(64) NOT NULL,
        [Lines] nvarchar(max) NOT NULL,
        [TotalPence] bigint NOT NULL,
        [Band] nvarchar(max) NOT NULL,
        [AwardedOn] date NOT NULL,
        [RatesEffectiveFrom] nvarchar(max) NULL,
        [Rationale] nvarchar(max) NOT NULL,
        [ProposedBy] nvarchar(max) NOT NULL,
        [ProposedAt] datetimeoffset NOT NULL,
        [ProposedOn] date NOT NULL,
        [ApprovedPence] bigint NULL,
        [PaidPence] bigint NOT NULL,
        [Decisions] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_compensation_awards] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compensation_migrations]
    WHERE [MigrationId] = N'20261128222900_Initial'
)
BEGIN
    CREATE TABLE [compensation_payments] (
        [Id] bigint NOT NULL IDENTITY,
        [AwardId] bigint NOT NULL,
        [Method] nvarchar(max) NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [AmountPence] bigint NOT NULL,
        [PaidOn] date NOT NULL,
        [ResidentAgreedOffset] bit NOT NULL,
        [RecordedBy] nvarchar(max) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_compensation_payments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compensation_migrations]
    WHERE [MigrationId] = N'20261128222900_Initial'
)
BEGIN
    CREATE INDEX [IX_compensation_awards_ComplaintId] ON [compensation_awards] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compensation_migrations]
    WHERE [MigrationId] = N'20261128222900_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_compensation_awards_Reference] ON [compensation_awards] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [compensation_migrations]
    WHERE [MigrationId] = N'20261128222900_Initial'
)
BEGIN
    CREATE INDEX [IX_compensation_awards_Status_Id] ON [compensation_awards] ([Status], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [compensation_migrations]
    WHERE [MigrationId] = N'20261128222900_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_compensation_payments_AwardId_Reference] ON [compensation_payments] ([AwardId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [compensation_migrations]
    WHERE [MigrationId] = N'20261128222900_Initial'
)
BEGIN
    INSERT INTO [compensation_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261128222900_Initial', N'10.0.15');
END;

COMMIT;
GO


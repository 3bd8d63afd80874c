IF OBJECT_ID(N'[investigation_migrations]') IS NULL
BEGIN
    CREATE TABLE [investigation_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_investigation_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE TABLE [investigation_actions] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [DueOn] date NOT NULL,
        [Status] nvarchar(max) NOT NULL,
        [Updates] nvarchar(max) NOT NULL,
        [TransferredTo] nvarchar(max) NULL,
        [FinishedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_investigation_actions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE TABLE [investigation_assignments] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [Stage] int NOT NULL,
        [OfficerId] nvarchar(max) NOT NULL,
        [OfficerName] nvarchar(max) NOT NULL,
        [Seniority] nvarchar(max) NOT NULL,
        [ServiceArea] nvarchar(max) NOT NULL,
        [ServiceAreaComplainedAbout] nvarchar(max) NULL,
        [AssignedAt] datetimeoffset NOT NULL,
        [AssignedBy] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_investigation_assignments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE TABLE [investigation_contacts] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(max) NOT NULL,
        [Direction] nvarchar(max) NOT NULL,
        [Summary] nvarchar(max) NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(max) NOT NULL,
        [Routing] nvarchar(max) NULL,
        CONSTRAINT [PK_investigation_contacts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE TABLE [investigation_evidence] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(max) NOT NULL,
        [Title] nvarchar(max) NOT NULL,
        [Location] nvarchar(max) NOT NULL,
        [Note] nvarchar(max) NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_investigation_evidence] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE TABLE [investigation_mediations] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [Mediator] nvarchar(max) NOT NULL,
        [Accepted] bit NOT NULL,
        [Outcome] nvarchar(max) NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_investigation_mediations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE TABLE [investigation_responses] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [Stage] int NOT NULL,
        [ComplaintDefinition] nvarchar(max) NOT NULL,
        [Decisions] nvarchar(max) NOT NULL,
        [Remedies] nvarchar(max) NOT NULL,
        [OutstandingActions] nvarchar(max) NOT NULL,
        [EscalationInformation] nvarchar(max) NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [IssuedBy] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_investigation_responses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE INDEX [IX_investigation_actions_ComplaintId] ON [investigation_actions] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE INDEX [IX_investigation_assignments_ComplaintId_Stage] ON [investigation_assignments] ([ComplaintId], [Stage]);
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE INDEX [IX_investigation_contacts_ComplaintId] ON [investigation_contacts] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE INDEX [IX_investigation_evidence_ComplaintId] ON [investigation_evidence] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE INDEX [IX_investigation_mediations_ComplaintId] ON [investigation_mediations] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    CREATE INDEX [IX_investigation_responses_ComplaintId] ON [investigation_responses] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261128222854_Initial'
)
BEGIN
    INSERT INTO [investigation_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261128222854_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261129110712_TsmReadModel'
)
BEGIN
    ALTER TABLE [investigation_responses] ADD [RootCauses] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261129110712_TsmReadModel'
)
BEGIN
    ALTER TABLE [investigation_responses] ADD [Themes] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [investigation_migrations]
    WHERE [MigrationId] = N'20261129110712_TsmReadModel'
)
BEGIN
    INSERT INTO [investigation_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129110712_TsmReadModel', N'10.0.15');
END;

COMMIT;
GO


IF OBJECT_ID(N'[vexatiousbehaviour_migrations]') IS NULL
BEGIN
    CREATE TABLE [vexatiousbehaviour_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_vexatiousbehaviour_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE TABLE [vexatiousbehaviour_appeals] (
        [Id] bigint NOT NULL IDENTITY,
        [RestrictionId] bigint NOT NULL,
        [CaseId] bigint NOT NULL,
        [Grounds] nvarchar(max) NOT NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [Outcome] nvarchar(max) NULL,
        [Reasons] nvarchar(max) NULL,
        [DecidedBy] nvarchar(max) NULL,
        [DecidedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_vexatiousbehaviour_appeals] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE TABLE [vexatiousbehaviour_cases] (
        [Id] bigint NOT NULL IDENTITY,
        [Reference] nvarchar(200) NOT NULL,
        [ResidentReference] nvarchar(200) NOT NULL,
        [RepresentativeName] nvarchar(max) NULL,
        [Summary] nvarchar(max) NOT NULL,
        [OpenedBy] nvarchar(max) NOT NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [Incidents] nvarchar(max) NOT NULL,
        [Warnings] nvarchar(max) NOT NULL,
        [Letters] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_vexatiousbehaviour_cases] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE TABLE [vexatiousbehaviour_restrictions] (
        [Id] bigint NOT NULL IDENTITY,
        [CaseId] bigint NOT NULL,
        [Reference] nvarchar(max) NOT NULL,
        [ResidentReference] nvarchar(200) NOT NULL,
        [Type] nvarchar(max) NOT NULL,
        [PermittedRoute] nvarchar(max) NOT NULL,
        [Details] nvarchar(max) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [ReviewDueOn] date NOT NULL,
        [Panel] nvarchar(max) NOT NULL,
        [Considerations] nvarchar(max) NOT NULL,
        [DecidedBy] nvarchar(max) NOT NULL,
        [DecidedAt] datetimeoffset NOT NULL,
        [Reviews] nvarchar(max) NOT NULL,
        [LiftedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_vexatiousbehaviour_restrictions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE INDEX [IX_vexatiousbehaviour_appeals_RestrictionId] ON [vexatiousbehaviour_appeals] ([RestrictionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_vexatiousbehaviour_cases_Reference] ON [vexatiousbehaviour_cases] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE INDEX [IX_vexatiousbehaviour_cases_ResidentReference] ON [vexatiousbehaviour_cases] ([ResidentReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE INDEX [IX_vexatiousbehaviour_restrictions_CaseId] ON [vexatiousbehaviour_restrictions] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    CREATE INDEX [IX_vexatiousbehaviour_restrictions_ResidentReference] ON [vexatiousbehaviour_restrictions] ([ResidentReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [vexatiousbehaviour_migrations]
    WHERE [MigrationId] = N'20261128222905_Initial'
)
BEGIN
    INSERT INTO [vexatiousbehaviour_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261128222905_Initial', N'10.0.15');
END;

COMMIT;
GO


IF OBJECT_ID(N'[ombudsmanliaison_migrations]') IS NULL
BEGIN
    CREATE TABLE [ombudsmanliaison_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_ombudsmanliaison_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE TABLE [ombudsmanliaison_evidence_requests] (
        [Id] bigint NOT NULL IDENTITY,
        [ReferralId] bigint NOT NULL,
        [What] nvarchar(max) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [DueFrom] nvarchar(max) NOT NULL,
        [SubmittedAt] datetimeoffset NULL,
        [WhatWasSent] nvarchar(max) NULL,
        [DelayExplanation] nvarchar(max) NULL,
        CONSTRAINT [PK_ombudsmanliaison_evidence_requests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE TABLE [ombudsmanliaison_orders] (
        [Id] bigint NOT NULL IDENTITY,
        [ReferralId] bigint NOT NULL,
        [Type] nvarchar(max) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [AmountPence] bigint NULL,
        [DueOn] date NOT NULL,
        [Owner] nvarchar(max) NOT NULL,
        [ComplaintId] uniqueidentifier NULL,
        [AwardId] bigint NULL,
        [AwardReference] nvarchar(max) NULL,
        [CompliedOn] date NULL,
        [ComplianceEvidence] nvarchar(max) NULL,
        CONSTRAINT [PK_ombudsmanliaison_orders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE TABLE [ombudsmanliaison_recommendations] (
        [Id] bigint NOT NULL IDENTITY,
        [ReferralId] bigint NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Accepted] bit NULL,
        [Reason] nvarchar(max) NULL,
        [RespondedBy] nvarchar(max) NULL,
        CONSTRAINT [PK_ombudsmanliaison_recommendations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE TABLE [ombudsmanliaison_referrals] (
        [Id] bigint NOT NULL IDENTITY,
        [OmbudsmanCaseReference] nvarchar(200) NOT NULL,
        [ReferredOn] date NOT NULL,
        [Complaints] nvarchar(max) NOT NULL,
        [Summary] nvarchar(max) NOT NULL,
        [RecordedBy] nvarchar(max) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Determination] nvarchar(max) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ombudsmanliaison_referrals] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE INDEX [IX_ombudsmanliaison_evidence_requests_ReferralId] ON [ombudsmanliaison_evidence_requests] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE INDEX [IX_ombudsmanliaison_orders_CompliedOn] ON [ombudsmanliaison_orders] ([CompliedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE INDEX [IX_ombudsmanliaison_orders_ReferralId] ON [ombudsmanliaison_orders] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE INDEX [IX_ombudsmanliaison_recommendations_ReferralId] ON [ombudsmanliaison_recommendations] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ombudsmanliaison_referrals_OmbudsmanCaseReference] ON [ombudsmanliaison_referrals] ([OmbudsmanCaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [ombudsmanliaison_migrations]
    WHERE [MigrationId] = N'20261128222911_Initial'
)
BEGIN
    INSERT INTO [ombudsmanliaison_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261128222911_Initial', N'10.0.15');
END;

COMMIT;
GO


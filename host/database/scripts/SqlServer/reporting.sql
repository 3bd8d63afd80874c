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
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE TABLE [reporting_award_categories] (
        [AwardId] bigint NOT NULL,
        [Category] nvarchar(64) NOT NULL,
        [AmountPence] bigint NOT NULL,
        CONSTRAINT [PK_reporting_award_categories] PRIMARY KEY ([AwardId], [Category])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE TABLE [reporting_award_payments] (
        [PaymentId] bigint NOT NULL,
        [AwardId] bigint NOT NULL,
        [AmountPence] bigint NOT NULL,
        [PaidOn] date NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_reporting_award_payments] PRIMARY KEY ([PaymentId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE TABLE [reporting_awards] (
        [AwardId] bigint NOT NULL,
        [Reference] nvarchar(200) NULL,
        [ComplaintId] uniqueidentifier NULL,
        [OmbudsmanCaseReference] nvarchar(200) NULL,
        [Band] nvarchar(max) NULL,
        [TotalPence] bigint NULL,
        [ProposedAt] datetimeoffset NULL,
        [ApprovedPence] bigint NULL,
        [ApprovedAt] datetimeoffset NULL,
        [RejectedAt] datetimeoffset NULL,
        [CancelledAt] datetimeoffset NULL,
        [OfferAnswer] nvarchar(64) NULL,
        [PaidPence] bigint NOT NULL,
        [PaidInFullOn] date NULL,
        [LastPaidAt] datetimeoffset NULL,
        CONSTRAINT [PK_reporting_awards] PRIMARY KEY ([AwardId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE TABLE [reporting_ombudsman_cases] (
        [OmbudsmanCaseReference] nvarchar(200) NOT NULL,
        [ReferralId] bigint NULL,
        [ComplaintIds] nvarchar(max) NOT NULL,
        [ReferredOn] date NULL,
        [ReferredAt] datetimeoffset NULL,
        [DeterminedOn] date NULL,
        [DeterminedAt] datetimeoffset NULL,
        CONSTRAINT [PK_reporting_ombudsman_cases] PRIMARY KEY ([OmbudsmanCaseReference])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE TABLE [reporting_ombudsman_findings] (
        [OmbudsmanCaseReference] nvarchar(200) NOT NULL,
        [Number] int NOT NULL,
        [Finding] nvarchar(64) NOT NULL,
        [ComplaintId] uniqueidentifier NULL,
        CONSTRAINT [PK_reporting_ombudsman_findings] PRIMARY KEY ([OmbudsmanCaseReference], [Number])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE TABLE [reporting_ombudsman_orders] (
        [OrderId] bigint NOT NULL,
        [OmbudsmanCaseReference] nvarchar(200) NOT NULL,
        [ComplaintId] uniqueidentifier NULL,
        [Type] nvarchar(64) NOT NULL,
        [AmountPence] bigint NULL,
        [DueOn] date NOT NULL,
        [MadeAt] datetimeoffset NOT NULL,
        [CompliedOn] date NULL,
        [CompliedAt] datetimeoffset NULL,
        [OnTime] bit NULL,
        CONSTRAINT [PK_reporting_ombudsman_orders] PRIMARY KEY ([OrderId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE TABLE [reporting_restrictions] (
        [RestrictionId] bigint NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [CaseReference] nvarchar(200) NOT NULL,
        [Kind] nvarchar(64) NOT NULL,
        [DecidedAt] datetimeoffset NOT NULL,
        [ImmediateRisk] bit NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [ReviewDueOn] date NOT NULL,
        [Reviews] int NOT NULL,
        [LastReviewedAt] datetimeoffset NULL,
        [AppealedAt] datetimeoffset NULL,
        [AppealUpheld] bit NULL,
        [LiftedAt] datetimeoffset NULL,
        [LiftedBecause] nvarchar(64) NULL,
        CONSTRAINT [PK_reporting_restrictions] PRIMARY KEY ([RestrictionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_award_payments_AwardId] ON [reporting_award_payments] ([AwardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_award_payments_PaidOn] ON [reporting_award_payments] ([PaidOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_awards_ApprovedAt] ON [reporting_awards] ([ApprovedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_cases_DeterminedOn] ON [reporting_ombudsman_cases] ([DeterminedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_cases_ReferredOn] ON [reporting_ombudsman_cases] ([ReferredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_orders_CompliedOn] ON [reporting_ombudsman_orders] ([CompliedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_orders_DueOn] ON [reporting_ombudsman_orders] ([DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_restrictions_DecidedAt] ON [reporting_restrictions] ([DecidedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    CREATE INDEX [IX_reporting_restrictions_ReviewDueOn] ON [reporting_restrictions] ([ReviewDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129111529_ReportingAwardsAndOmbudsman'
)
BEGIN
    INSERT INTO [reporting_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129111529_ReportingAwardsAndOmbudsman', N'10.0.15');
END;

COMMIT;
GO


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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [PropertyReference] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    ALTER TABLE [reporting_complaints] ADD [ResidentReference] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
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
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
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
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
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
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
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
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
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
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
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
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
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
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE TABLE [reporting_self_assessment] (
        [ReportingYear] int NOT NULL,
        [ProvisionId] nvarchar(128) NOT NULL,
        [Compliance] int NOT NULL,
        [Commentary] nvarchar(4000) NOT NULL,
        [UpdatedBy] nvarchar(400) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_reporting_self_assessment] PRIMARY KEY ([ReportingYear], [ProvisionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE TABLE [reporting_service_improvements] (
        [ComplaintId] uniqueidentifier NOT NULL,
        [Stage] int NOT NULL,
        [Number] int NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [MadeAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_reporting_service_improvements] PRIMARY KEY ([ComplaintId], [Stage], [Number])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_award_payments_AwardId] ON [reporting_award_payments] ([AwardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_award_payments_PaidOn] ON [reporting_award_payments] ([PaidOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_awards_ApprovedAt] ON [reporting_awards] ([ApprovedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_cases_DeterminedOn] ON [reporting_ombudsman_cases] ([DeterminedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_cases_ReferredOn] ON [reporting_ombudsman_cases] ([ReferredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_orders_CompliedOn] ON [reporting_ombudsman_orders] ([CompliedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_ombudsman_orders_DueOn] ON [reporting_ombudsman_orders] ([DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_restrictions_DecidedAt] ON [reporting_restrictions] ([DecidedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_restrictions_ReviewDueOn] ON [reporting_restrictions] ([ReviewDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    CREATE INDEX [IX_reporting_service_improvements_MadeAt] ON [reporting_service_improvements] ([MadeAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129121827_AnnualReport'
)
BEGIN
    INSERT INTO [reporting_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129121827_AnnualReport', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129134529_HazardMissesAndBoardFigures'
)
BEGIN
    CREATE TABLE [reporting_accommodation_offers] (
        [HazardId] bigint NOT NULL,
        [OfferedAt] datetimeoffset NOT NULL,
        [Kind] nvarchar(200) NOT NULL,
        [Emergency] bit NOT NULL,
        CONSTRAINT [PK_reporting_accommodation_offers] PRIMARY KEY ([HazardId], [OfferedAt])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129134529_HazardMissesAndBoardFigures'
)
BEGIN
    CREATE TABLE [reporting_hazard_misses] (
        [HazardId] bigint NOT NULL,
        [Clock] nvarchar(200) NOT NULL,
        [Kind] nvarchar(200) NOT NULL,
        [Emergency] bit NOT NULL,
        [DueAt] datetimeoffset NOT NULL,
        [MetAt] datetimeoffset NULL,
        CONSTRAINT [PK_reporting_hazard_misses] PRIMARY KEY ([HazardId], [Clock])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129134529_HazardMissesAndBoardFigures'
)
BEGIN
    CREATE TABLE [reporting_hazards] (
        [HazardId] bigint NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Kind] nvarchar(200) NOT NULL,
        [Emergency] bit NOT NULL,
        [AwareAt] datetimeoffset NOT NULL,
        [StoppedAt] datetimeoffset NULL,
        [StopReason] nvarchar(64) NULL,
        CONSTRAINT [PK_reporting_hazards] PRIMARY KEY ([HazardId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129134529_HazardMissesAndBoardFigures'
)
BEGIN
    CREATE INDEX [IX_reporting_accommodation_offers_OfferedAt] ON [reporting_accommodation_offers] ([OfferedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129134529_HazardMissesAndBoardFigures'
)
BEGIN
    CREATE INDEX [IX_reporting_hazard_misses_DueAt] ON [reporting_hazard_misses] ([DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129134529_HazardMissesAndBoardFigures'
)
BEGIN
    CREATE INDEX [IX_reporting_hazards_AwareAt] ON [reporting_hazards] ([AwareAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting_migrations]
    WHERE [MigrationId] = N'20261129134529_HazardMissesAndBoardFigures'
)
BEGIN
    INSERT INTO [reporting_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129134529_HazardMissesAndBoardFigures', N'10.0.15');
END;

COMMIT;
GO


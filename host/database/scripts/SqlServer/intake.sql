IF OBJECT_ID(N'[intake_migrations]') IS NULL
BEGIN
    CREATE TABLE [intake_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_intake_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE TABLE [intake_complaint_links] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] uniqueidentifier NOT NULL,
        [LinkedComplaintId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(max) NOT NULL,
        [Reason] nvarchar(max) NOT NULL,
        [LinkedAt] datetimeoffset NOT NULL,
        [LinkedBy] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_intake_complaint_links] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE TABLE [intake_complaints] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Channel] nvarchar(max) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [ResidentReference] nvarchar(max) NOT NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [LoggedAt] datetimeoffset NOT NULL,
        [LoggedBy] nvarchar(max) NOT NULL,
        [Definition] nvarchar(max) NULL,
        [NamedOfficer] nvarchar(max) NULL,
        [ResolutionSought] nvarchar(max) NULL,
        [ExclusionReason] nvarchar(max) NULL,
        [OutcomeExplanation] nvarchar(max) NULL,
        [OmbudsmanSignposted] bit NOT NULL,
        [IssueOccurredAt] datetimeoffset NULL,
        [ResidentAwareAt] datetimeoffset NULL,
        [Safeguarding] bit NOT NULL,
        [HealthAndSafety] bit NOT NULL,
        [BuildingSafety] bit NOT NULL,
        [Anonymous] bit NOT NULL,
        [AcceptanceOverride] nvarchar(max) NULL,
        [Points] nvarchar(max) NOT NULL,
        [DesiredOutcome] nvarchar(max) NULL,
        [Representative] nvarchar(max) NULL,
        [RepresentativeConsent] nvarchar(max) NULL,
        [ReasonableAdjustments] nvarchar(max) NOT NULL,
        [Vulnerabilities] nvarchar(max) NOT NULL,
        [ContactRouting] nvarchar(max) NULL,
        [ServiceRequestId] uniqueidentifier NULL,
        [Version] int NOT NULL,
        [AcceptanceAcceptable] bit NOT NULL,
        [AcceptanceExplanation] nvarchar(max) NOT NULL,
        [AcceptanceOfficerMayOverride] bit NOT NULL,
        [AcceptanceReplyDueOn] date NULL,
        [AcceptanceRoute] nvarchar(max) NOT NULL,
        [AcceptanceSuggestedExclusionReason] nvarchar(max) NULL,
        CONSTRAINT [PK_intake_complaints] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE TABLE [intake_service_requests] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Channel] nvarchar(max) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Category] nvarchar(max) NOT NULL,
        [ResidentReference] nvarchar(max) NOT NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_intake_service_requests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_intake_complaint_links_ComplaintId_LinkedComplaintId] ON [intake_complaint_links] ([ComplaintId], [LinkedComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE INDEX [IX_intake_complaint_links_LinkedComplaintId] ON [intake_complaint_links] ([LinkedComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_intake_complaints_Reference] ON [intake_complaints] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE INDEX [IX_intake_complaints_ServiceRequestId] ON [intake_complaints] ([ServiceRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_intake_service_requests_Reference] ON [intake_service_requests] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261128222848_Initial'
)
BEGIN
    INSERT INTO [intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261128222848_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129032617_IndexedLists'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[intake_complaints]') AND [c].[name] = N'NamedOfficer');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [intake_complaints] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [intake_complaints] ALTER COLUMN [NamedOfficer] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129032617_IndexedLists'
)
BEGIN
    CREATE INDEX [IX_intake_complaints_NamedOfficer_ReceivedAt_Reference] ON [intake_complaints] ([NamedOfficer], [ReceivedAt], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129032617_IndexedLists'
)
BEGIN
    CREATE INDEX [IX_intake_complaints_ReceivedAt_Reference] ON [intake_complaints] ([ReceivedAt], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129032617_IndexedLists'
)
BEGIN
    INSERT INTO [intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129032617_IndexedLists', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    CREATE TABLE [intake_feedback] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Kind] nvarchar(200) NOT NULL,
        [IsCompliment] bit NOT NULL,
        [Channel] nvarchar(max) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [ResidentReference] nvarchar(max) NOT NULL,
        [Anonymous] bit NOT NULL,
        [ServiceArea] nvarchar(400) NOT NULL,
        [StaffMember] nvarchar(max) NULL,
        [Team] nvarchar(max) NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [ReceivedMonth] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(max) NOT NULL,
        [PassedOnTo] nvarchar(max) NULL,
        [PassedOnAt] datetimeoffset NULL,
        [PassedOnBy] nvarchar(max) NULL,
        [ServiceImprovement] nvarchar(max) NULL,
        [ServiceImprovementNotedAt] datetimeoffset NULL,
        [ServiceImprovementNotedBy] nvarchar(max) NULL,
        [ComplaintId] uniqueidentifier NULL,
        [ComplaintReference] nvarchar(max) NULL,
        [LoggedAsComplaintAt] datetimeoffset NULL,
        [LoggedAsComplaintBy] nvarchar(max) NULL,
        CONSTRAINT [PK_intake_feedback] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    CREATE INDEX [IX_intake_feedback_ComplaintId] ON [intake_feedback] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    CREATE INDEX [IX_intake_feedback_Kind_ReceivedAt_Reference] ON [intake_feedback] ([Kind], [ReceivedAt], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    CREATE INDEX [IX_intake_feedback_ReceivedAt_Kind_ReceivedMonth_IsCompliment_ComplaintId] ON [intake_feedback] ([ReceivedAt], [Kind], [ReceivedMonth], [IsCompliment], [ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    CREATE INDEX [IX_intake_feedback_ReceivedAt_Reference] ON [intake_feedback] ([ReceivedAt], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_intake_feedback_Reference] ON [intake_feedback] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    CREATE INDEX [IX_intake_feedback_ServiceArea_ReceivedAt_Reference] ON [intake_feedback] ([ServiceArea], [ReceivedAt], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110114_FeedbackRecords'
)
BEGIN
    INSERT INTO [intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129110114_FeedbackRecords', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110647_TsmReadModel'
)
BEGIN
    ALTER TABLE [intake_complaints] ADD [Category] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [intake_migrations]
    WHERE [MigrationId] = N'20261129110647_TsmReadModel'
)
BEGIN
    INSERT INTO [intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261129110647_TsmReadModel', N'10.0.15');
END;

COMMIT;
GO


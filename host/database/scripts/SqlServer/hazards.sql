IF OBJECT_ID(N'[hazards_migrations]') IS NULL
BEGIN
    CREATE TABLE [hazards_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_hazards_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO


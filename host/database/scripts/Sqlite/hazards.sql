CREATE TABLE IF NOT EXISTS "hazards_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_hazards_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);


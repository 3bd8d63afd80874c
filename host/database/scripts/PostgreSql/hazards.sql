CREATE TABLE IF NOT EXISTS hazards_migrations (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK_hazards_migrations" PRIMARY KEY ("MigrationId")
);


CREATE TABLE IF NOT EXISTS "vexatiousbehaviour_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_vexatiousbehaviour_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "vexatiousbehaviour_appeals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_vexatiousbehaviour_appeals" PRIMARY KEY AUTOINCREMENT,
    "RestrictionId" INTEGER NOT NULL,
    "CaseId" INTEGER NOT NULL,
    "Grounds" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "Outcome" TEXT NULL,
    "Reasons" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "vexatiousbehaviour_cases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_vexatiousbehaviour_cases" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "ResidentReference" TEXT NOT NULL,
    "RepresentativeName" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "Incidents" TEXT NOT NULL,
    "Warnings" TEXT NOT NULL,
    "Letters" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "vexatiousbehaviour_restrictions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_vexatiousbehaviour_restrictions" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "Reference" TEXT NOT NULL,
    "ResidentReference" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "PermittedRoute" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "ReviewDueOn" TEXT NOT NULL,
    "Panel" TEXT NOT NULL,
    "Considerations" TEXT NOT NULL,
    "DecidedBy" TEXT NOT NULL,
    "DecidedAt" INTEGER NOT NULL,
    "Reviews" TEXT NOT NULL,
    "LiftedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL
);

CREATE INDEX "IX_vexatiousbehaviour_appeals_RestrictionId" ON "vexatiousbehaviour_appeals" ("RestrictionId");

CREATE UNIQUE INDEX "IX_vexatiousbehaviour_cases_Reference" ON "vexatiousbehaviour_cases" ("Reference");

CREATE INDEX "IX_vexatiousbehaviour_cases_ResidentReference" ON "vexatiousbehaviour_cases" ("ResidentReference");

CREATE INDEX "IX_vexatiousbehaviour_restrictions_CaseId" ON "vexatiousbehaviour_restrictions" ("CaseId");

CREATE INDEX "IX_vexatiousbehaviour_restrictions_ResidentReference" ON "vexatiousbehaviour_restrictions" ("ResidentReference");

INSERT INTO "vexatiousbehaviour_migrations" ("MigrationId", "ProductVersion")
VALUES ('20261128221841_Baseline', '10.0.15');

COMMIT;


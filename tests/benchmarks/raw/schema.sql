-- The raw five-row transaction LogComplaint is compared with: what one complaint minimally writes (a reference from a
-- counter, the complaint, its lifecycle case, its first transition, an audit row), done by the database alone.
-- Plain SQL that SQLite and PostgreSQL both run.
CREATE TABLE raw_sequence (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO raw_sequence VALUES ('CMP', 0);
CREATE TABLE raw_complaints (id BIGINT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, description TEXT NOT NULL, resident TEXT NOT NULL, received_at BIGINT NOT NULL);
CREATE TABLE raw_cases (complaint_id BIGINT PRIMARY KEY, stage TEXT NOT NULL, entered_at BIGINT NOT NULL, version INT NOT NULL);
CREATE TABLE raw_transitions (complaint_id BIGINT NOT NULL, to_stage TEXT NOT NULL, occurred_at BIGINT NOT NULL, PRIMARY KEY (complaint_id, to_stage));
CREATE TABLE raw_audit (complaint_id BIGINT PRIMARY KEY, actor TEXT NOT NULL, method TEXT NOT NULL, at BIGINT NOT NULL);

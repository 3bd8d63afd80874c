-- One raw five-row transaction for the sqlite3 shell, repeated by sqlite-clients.sh.
BEGIN IMMEDIATE;
UPDATE raw_sequence SET value = value + 1 WHERE name = 'CMP';
INSERT INTO raw_complaints SELECT value, 'CMP-' || value, 'The boiler repair was missed twice.', 'TEN-1', 1795920000 FROM raw_sequence WHERE name = 'CMP';
INSERT INTO raw_cases SELECT value, 'Received', 1795920000, 1 FROM raw_sequence WHERE name = 'CMP';
INSERT INTO raw_transitions SELECT value, 'Received', 1795920000 FROM raw_sequence WHERE name = 'CMP';
INSERT INTO raw_audit SELECT value, 'bench-integration', 'LogComplaint', 1795920000 FROM raw_sequence WHERE name = 'CMP';
COMMIT;

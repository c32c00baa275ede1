-- Evidence files in the application's database (DatabaseEvidenceStore, the default store): every node serves what
-- any node saved, and the database's backup holds them with the events that name them. The events carry only the
-- key, name, type, size and digest; the bytes are here, in chunks of 512 KiB, written and read one at a time so
-- that neither an upload nor a download holds a whole file in memory. BYTEA is PostgreSQL's bytea and H2's
-- VARBINARY, stored inline (never oid large objects, which PostgreSQL does not remove with their rows).
CREATE TABLE evidence_file (
    storage_key VARCHAR(36) PRIMARY KEY,
    size        BIGINT      NOT NULL,
    chunks      INTEGER     NOT NULL
);

CREATE TABLE evidence_chunk (
    storage_key VARCHAR(36) NOT NULL REFERENCES evidence_file (storage_key) ON DELETE CASCADE,
    seq         INTEGER     NOT NULL,
    bytes       BYTEA       NOT NULL,
    PRIMARY KEY (storage_key, seq)
);

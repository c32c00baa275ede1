-- Where the reconciliation check of each projection has got to, so that it resumes there instead of comparing the
-- whole store on every health call, and the positions it found missing from the projection's ledger. Both are
-- reset when the projection is replayed (its ledger is cleared then).
CREATE TABLE reconciliation_checkpoint (
    processing_group VARCHAR(255) NOT NULL PRIMARY KEY,
    checked_up_to    BIGINT       NOT NULL
);

CREATE TABLE reconciliation_missing (
    processing_group VARCHAR(255) NOT NULL,
    global_index     BIGINT       NOT NULL,
    PRIMARY KEY (processing_group, global_index)
);

-- Positions the check found empty when it passed them: a transaction still open then, or one rolled back. Each call
-- looks at them again, and compares those that have come since; after a day they are forgotten.
CREATE TABLE reconciliation_hole (
    processing_group VARCHAR(255) NOT NULL,
    global_index     BIGINT       NOT NULL,
    seen_at          TIMESTAMP    NOT NULL,
    PRIMARY KEY (processing_group, global_index)
);

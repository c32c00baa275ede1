-- Which events each projection has handled, written in the same transaction as the projection's rows and token, so
-- the reconciliation check can compare it with the event store. Cleared with the projection on a replay.
CREATE TABLE projection_ledger (
    processing_group VARCHAR(255) NOT NULL,
    global_index     BIGINT       NOT NULL,
    PRIMARY KEY (processing_group, global_index)
);

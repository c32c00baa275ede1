-- Events a projection could not apply (its handlers failed on a second attempt too), and the later events of the same
-- aggregate parked behind them so that a row is never built from a stream with a hole. Not in the ledger, so the
-- reconciliation check reports them missing as well. Cleared with the projection on a replay, which tries them again.
CREATE TABLE projection_dead_letter (
    processing_group     VARCHAR(255)  NOT NULL,
    global_index         BIGINT        NOT NULL,
    aggregate_identifier VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    cause                VARCHAR(1024),
    dead_lettered_at     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (processing_group, global_index)
);
CREATE INDEX projection_dead_letter_by_aggregate ON projection_dead_letter (processing_group, aggregate_identifier);

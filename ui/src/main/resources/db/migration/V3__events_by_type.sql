-- With the event table it indexes (V1); the query module reads it.
-- The reconciliation check and the rebuild ask the store for the events of the types a projection handles, within a
-- range of positions (and for the types stored at all): without this index each health check scanned the whole log.
CREATE INDEX domain_event_entry_by_type ON domain_event_entry (payload_type, global_index);

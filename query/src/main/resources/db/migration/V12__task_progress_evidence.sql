-- The evidence files attached to each task (name, type, size, SHA-256, storage key; the bytes live outside the
-- database). Rows written before this column read as having none until the projection replays.
ALTER TABLE task_progress ADD COLUMN evidence TEXT DEFAULT '[]' NOT NULL;

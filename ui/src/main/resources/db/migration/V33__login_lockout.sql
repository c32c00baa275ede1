-- Lockout after repeated failed logins (等保 2.0): the failures since the last success or lock, and until when the
-- account refuses every login. The records themselves are events (LoginFailed, AccountLocked), not rows here.
-- Portable SQL: the same statements run on H2 (without its PostgreSQL mode) and on PostgreSQL.
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;

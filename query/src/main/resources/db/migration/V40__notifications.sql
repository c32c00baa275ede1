-- The message centre (消息中心). notification is a projection: one row per message, addressed to a unit's users or to
-- the office, rebuilt from the store like every read model. Who has read what is the users' own doing, not a fact of
-- the store: notification_read survives a rebuild, which gives every message the same id again.
CREATE TABLE notification (
    id           VARCHAR(36)              PRIMARY KEY,
    kind         VARCHAR(32)              NOT NULL,
    task_id      VARCHAR(64)              NOT NULL,
    organization VARCHAR(64)              NOT NULL,
    audience     VARCHAR(16)              NOT NULL,
    title        VARCHAR(255)             NOT NULL,
    body         TEXT                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_by_reader ON notification (audience, organization, created_at);

CREATE TABLE notification_read (
    username        VARCHAR(128)             NOT NULL,
    notification_id VARCHAR(36)              NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, notification_id)
);

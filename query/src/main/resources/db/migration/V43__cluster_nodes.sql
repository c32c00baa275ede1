-- The application nodes on this database, each with the database's time of its last heartbeat: a node counts the
-- others heard from lately to take its fair share of each processor's segments (README "Several nodes").
CREATE TABLE cluster_node (
    node_id VARCHAR(255)             NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One rebuild at a time across all nodes: the node that holds this lease replays the projections while the others
-- release their segments of them; a lease past expires_at (its holder died) is free again.
CREATE TABLE rebuild_lease (
    name       VARCHAR(64)              NOT NULL PRIMARY KEY,
    holder     VARCHAR(255),
    expires_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO rebuild_lease (name) VALUES ('projections');

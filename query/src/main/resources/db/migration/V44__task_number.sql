-- Each issued task's place in its list (1 for the first assignment), kept by the task-lists projection: a task is
-- named by its list's number and this place (…3号-1), never by its id. Lists issued before this table existed get
-- their places when the task-lists projection is rebuilt (POST /api/audit/rebuild); until
-- then their tasks have no number and the UI names them by their id.
CREATE TABLE task_number (
    task_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    task_list_id VARCHAR(255) NOT NULL,
    position     INTEGER      NOT NULL
);

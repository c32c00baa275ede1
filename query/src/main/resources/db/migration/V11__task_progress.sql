-- One row per supervision task: the summary columns the task filters use, and the task's state folded from its
-- stream (targets, latest figures, gaps of the latest review, score, weight), from which the status board, plan
-- progress and ranking are computed. Replaces task_summary; its new processing group replays the store from the
-- start, so dropping the old table loses nothing.
DROP TABLE task_summary;

CREATE TABLE task_progress (
    id           VARCHAR(64)    PRIMARY KEY,
    task_list_id VARCHAR(64)    NOT NULL,
    work_plan_id VARCHAR(64)    NOT NULL,
    item_code    VARCHAR(64)    NOT NULL,
    organization VARCHAR(64)    NOT NULL,
    status       VARCHAR(16)    NOT NULL,
    issued_on    DATE           NOT NULL,
    due_date     DATE           NOT NULL,
    weight       DECIMAL(12, 4) NOT NULL,
    score        INTEGER,
    targets      TEXT           NOT NULL,
    reported     TEXT           NOT NULL,
    gaps         TEXT           NOT NULL
);
-- the status board and plan progress read one plan, for everyone or for one organization
CREATE INDEX task_progress_by_plan ON task_progress (work_plan_id, organization);
-- a unit's own task list, optionally by status, in due-date order
CREATE INDEX task_progress_by_organization ON task_progress (organization, status, due_date);
CREATE INDEX task_progress_by_task_list ON task_progress (task_list_id);
CREATE INDEX task_progress_by_status ON task_progress (status, due_date);

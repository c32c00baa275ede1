-- Read models of the query module. Disposable: every row can be rebuilt by replaying the event store.
CREATE TABLE organization (
    code   VARCHAR(64)  PRIMARY KEY,
    name   VARCHAR(200) NOT NULL,
    type   VARCHAR(32)  NOT NULL,
    parent VARCHAR(64)
);

CREATE TABLE work_plan (
    id        VARCHAR(64)  PRIMARY KEY,
    plan_year INTEGER      NOT NULL,
    title     VARCHAR(200) NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    document  TEXT         NOT NULL
);

CREATE TABLE task_list (
    id           VARCHAR(64)  PRIMARY KEY,
    work_plan_id VARCHAR(64)  NOT NULL,
    list_number  VARCHAR(100) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    due_date     DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    assignments  TEXT         NOT NULL
);
CREATE INDEX task_list_by_work_plan ON task_list (work_plan_id);

CREATE TABLE task_summary (
    id           VARCHAR(64) PRIMARY KEY,
    task_list_id VARCHAR(64) NOT NULL,
    work_plan_id VARCHAR(64) NOT NULL,
    item_code    VARCHAR(64) NOT NULL,
    organization VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    due_date     DATE        NOT NULL
);
CREATE INDEX task_summary_by_organization ON task_summary (organization, status);
CREATE INDEX task_summary_by_task_list ON task_summary (task_list_id);
CREATE INDEX task_summary_by_status ON task_summary (status);

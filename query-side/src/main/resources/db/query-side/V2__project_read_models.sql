-- The read models of one project, each shaped for the reads that hit it: everything is keyed by
-- project first, so a dashboard, a schedule or a project page is a handful of indexed lookups,
-- never a replay. Money is NUMERIC(15,2), as recorded; figures are computed on reading.

-- Work packages and milestones as planned now (a milestone has no cost and starts on its due date).
CREATE TABLE project_item (
    project_id       UUID          NOT NULL,
    item_id          UUID          NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    planned_start    DATE          NOT NULL,
    planned_finish   DATE          NOT NULL,
    planned_cost     NUMERIC(15, 2) NOT NULL,
    depends_on       VARCHAR(4000) NOT NULL,
    percent_complete INTEGER       NOT NULL,
    position         INTEGER       NOT NULL,
    CONSTRAINT project_item_pk PRIMARY KEY (project_id, item_id)
);

-- Every progress report, so that EV can be taken for any status date.
CREATE TABLE project_progress (
    project_id       UUID         NOT NULL,
    sequence         BIGINT       NOT NULL,
    work_package_id  UUID         NOT NULL,
    status_date      DATE         NOT NULL,
    percent_complete INTEGER      NOT NULL,
    CONSTRAINT project_progress_pk PRIMARY KEY (project_id, sequence)
);
CREATE INDEX project_progress_date_ix ON project_progress (project_id, status_date);

-- Every actual cost, so that AC can be taken for any status date.
CREATE TABLE project_cost (
    project_id      UUID           NOT NULL,
    cost_id         UUID           NOT NULL,
    sequence        BIGINT         NOT NULL,
    budget_line_id  UUID           NOT NULL,
    work_package_id UUID           NOT NULL,
    amount          NUMERIC(15, 2) NOT NULL,
    incurred_on     DATE           NOT NULL,
    reference       VARCHAR(200)   NOT NULL,
    CONSTRAINT project_cost_pk PRIMARY KEY (project_id, cost_id)
);
CREATE INDEX project_cost_date_ix ON project_cost (project_id, incurred_on);

CREATE TABLE project_budget_line (
    project_id     UUID           NOT NULL,
    budget_line_id UUID           NOT NULL,
    category       VARCHAR(20)    NOT NULL,
    amount         NUMERIC(15, 2) NOT NULL,
    position       INTEGER        NOT NULL,
    CONSTRAINT project_budget_line_pk PRIMARY KEY (project_id, budget_line_id)
);

-- Each baseline and what it froze; the latest is the one figures are measured against.
CREATE TABLE project_baseline (
    project_id         UUID           NOT NULL,
    baseline_number    INTEGER        NOT NULL,
    sequence           BIGINT         NOT NULL,
    total_planned_cost NUMERIC(15, 2) NOT NULL,
    change_request_id  UUID,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT project_baseline_pk PRIMARY KEY (project_id, baseline_number)
);

CREATE TABLE project_baseline_item (
    project_id      UUID           NOT NULL,
    baseline_number INTEGER        NOT NULL,
    item_id         UUID           NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    planned_start   DATE           NOT NULL,
    planned_finish  DATE           NOT NULL,
    planned_cost    NUMERIC(15, 2) NOT NULL,
    CONSTRAINT project_baseline_item_pk PRIMARY KEY (project_id, baseline_number, item_id)
);

CREATE TABLE project_change_request (
    project_id        UUID          NOT NULL,
    change_request_id UUID          NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    requested_by      VARCHAR(100)  NOT NULL,
    raised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT project_change_request_pk PRIMARY KEY (project_id, change_request_id)
);

CREATE TABLE project_risk (
    project_id  UUID          NOT NULL,
    risk_id     UUID          NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    probability INTEGER       NOT NULL,
    impact      INTEGER       NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    mitigation  VARCHAR(2000),
    open        BOOLEAN       NOT NULL,
    CONSTRAINT project_risk_pk PRIMARY KEY (project_id, risk_id)
);

CREATE TABLE project_status_report (
    project_id  UUID          NOT NULL,
    report_id   UUID          NOT NULL,
    sequence    BIGINT        NOT NULL,
    rag         VARCHAR(10)   NOT NULL,
    summary     VARCHAR(4000) NOT NULL,
    status_date DATE          NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    CONSTRAINT project_status_report_pk PRIMARY KEY (project_id, report_id)
);
CREATE INDEX project_status_report_latest_ix ON project_status_report (project_id, sequence);

-- Stakeholders keep their personal data sealed here too: it is opened on reading, so that
-- forgetting a stakeholder leaves nothing readable behind in any read model.
CREATE TABLE project_stakeholder (
    project_id     UUID          NOT NULL,
    stakeholder_id UUID          NOT NULL,
    key_id         UUID          NOT NULL,
    nonce          VARCHAR(100)  NOT NULL,
    ciphertext     VARCHAR(4000) NOT NULL,
    role           VARCHAR(100)  NOT NULL,
    interests      VARCHAR(200)  NOT NULL,
    CONSTRAINT project_stakeholder_pk PRIMARY KEY (project_id, stakeholder_id)
);

-- Breaches of tolerance, an exception for the sponsor.
CREATE TABLE project_tolerance_breach (
    project_id   UUID           NOT NULL,
    sequence     BIGINT         NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    estimate     NUMERIC(15, 2) NOT NULL,
    limit_amount NUMERIC(15, 2) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT project_tolerance_breach_pk PRIMARY KEY (project_id, sequence)
);

-- Each line's amount when a baseline was set: the budget the project planned against.
CREATE TABLE project_baseline_line (
    project_id      UUID           NOT NULL,
    baseline_number INTEGER        NOT NULL,
    budget_line_id  UUID           NOT NULL,
    amount          NUMERIC(15, 2) NOT NULL,
    CONSTRAINT project_baseline_line_pk PRIMARY KEY (project_id, baseline_number, budget_line_id)
);

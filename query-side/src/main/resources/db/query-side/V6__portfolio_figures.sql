-- The portfolio's figures per project, as computed for a version of the project and a status date
-- (the day they were read): a portfolio page is one join while neither changes. A row for an
-- older version or another day is never read; the next read computes and replaces it.
CREATE TABLE portfolio_figures (
    project_id           UUID          NOT NULL,
    version              BIGINT        NOT NULL,
    status_date          DATE          NOT NULL,
    rag                  VARCHAR(10),
    bac                  NUMERIC(19, 2),
    ac                   NUMERIC(19, 2),
    eac                  NUMERIC(19, 2),
    cpi                  NUMERIC(12, 3),
    spi                  NUMERIC(12, 3),
    next_milestone       VARCHAR(200),
    next_milestone_due   DATE,
    within_tolerance     BOOLEAN       NOT NULL,
    open_change_requests INTEGER       NOT NULL,
    CONSTRAINT portfolio_figures_pk PRIMARY KEY (project_id)
);

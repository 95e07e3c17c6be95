-- Core schema: employers, agencies, accounts, assignments, reasons, requests and their history.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. Ids come from sequences (allocation 50, matching
-- the entities' @SequenceGenerator), starting high enough that preallocated blocks stay positive.

CREATE SEQUENCE employer_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE agency_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assignment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE reason_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE advance_request_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE request_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE employer (
    id   BIGINT       NOT NULL PRIMARY KEY,
    name VARCHAR(120) NOT NULL
);

CREATE TABLE agency (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    employer_id           BIGINT        NOT NULL REFERENCES employer (id),
    name                  VARCHAR(120)  NOT NULL,
    percent_of_earned_pay INT           NOT NULL DEFAULT 80 CHECK (percent_of_earned_pay BETWEEN 1 AND 100),
    ceiling_without_hours NUMERIC(10,2) NOT NULL CHECK (ceiling_without_hours >= 0)
);
CREATE INDEX agency_employer_idx ON agency (employer_id);

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    login               VARCHAR(80)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    full_name           VARCHAR(120) NOT NULL,
    email               VARCHAR(200) NOT NULL,
    locale              VARCHAR(5)   NOT NULL DEFAULT 'fr',
    user_role           VARCHAR(10)  NOT NULL CHECK (user_role IN ('WORKER', 'STAFF', 'ADMIN')),
    employer_id         BIGINT       REFERENCES employer (id),
    advances_permission BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT app_user_login_uk UNIQUE (login)
);
-- The digest walks the staff who have the permission.
CREATE INDEX app_user_permission_idx ON app_user (advances_permission, id);

CREATE TABLE staff_agency (
    staff_id  BIGINT NOT NULL REFERENCES app_user (id),
    agency_id BIGINT NOT NULL REFERENCES agency (id),
    PRIMARY KEY (staff_id, agency_id)
);
CREATE INDEX staff_agency_agency_idx ON staff_agency (agency_id);

CREATE TABLE assignment (
    id              BIGINT       NOT NULL PRIMARY KEY,
    worker_id       BIGINT       NOT NULL REFERENCES app_user (id),
    agency_id       BIGINT       NOT NULL REFERENCES agency (id),
    hourly_rate     NUMERIC(8,2) NOT NULL CHECK (hourly_rate > 0),
    validated_hours NUMERIC(8,2) CHECK (validated_hours >= 0),
    period_start    DATE         NOT NULL,
    CONSTRAINT assignment_worker_agency_uk UNIQUE (worker_id, agency_id)
);
CREATE INDEX assignment_agency_idx ON assignment (agency_id);

CREATE TABLE reason (
    id          BIGINT       NOT NULL PRIMARY KEY,
    employer_id BIGINT       NOT NULL REFERENCES employer (id),
    kind        VARCHAR(10)  NOT NULL CHECK (kind IN ('ACCEPT', 'REFUSE')),
    label       VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL
);
CREATE INDEX reason_employer_idx ON reason (employer_id, kind, sort_order);

CREATE TABLE advance_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    worker_id       BIGINT        NOT NULL REFERENCES app_user (id),
    agency_id       BIGINT        NOT NULL REFERENCES agency (id),
    employer_id     BIGINT        NOT NULL REFERENCES employer (id),
    asked_amount    NUMERIC(10,2) NOT NULL CHECK (asked_amount >= 0),
    asked_maximum   BOOLEAN       NOT NULL,
    worker_comment  VARCHAR(500),
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'REFUSED', 'CANCELLED')),
    open_agency_id  BIGINT,
    granted_amount  NUMERIC(10,2) CHECK (granted_amount > 0),
    decision_reason VARCHAR(200),
    agency_comment  VARCHAR(500),
    created_at      TIMESTAMP     NOT NULL,
    decided_at      TIMESTAMP,
    decided_by_id   BIGINT        REFERENCES app_user (id),
    idempotency_key VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL,
    -- A double click sends the same key twice: one request.
    CONSTRAINT advance_request_idempotency_uk UNIQUE (worker_id, idempotency_key),
    -- At most one unanswered request per worker and agency (open_agency_id is null once answered).
    CONSTRAINT advance_request_open_uk UNIQUE (worker_id, open_agency_id),
    CONSTRAINT advance_request_open_ck CHECK ((status = 'SENT') = (open_agency_id IS NOT NULL)),
    CONSTRAINT advance_request_granted_ck CHECK ((status = 'ACCEPTED') = (granted_amount IS NOT NULL))
);
-- "Voir mes demandes": a worker's requests to one employer, newest first.
CREATE INDEX advance_request_worker_idx ON advance_request (worker_id, employer_id, created_at);
-- "Demandes à traiter" and "Historique", per agency and status, by date; also the digest counts.
CREATE INDEX advance_request_agency_status_idx ON advance_request (agency_id, status, created_at);
-- Advances granted in the current period, for the maximum.
CREATE INDEX advance_request_granted_idx ON advance_request (worker_id, agency_id, status, decided_at);

CREATE TABLE request_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL REFERENCES advance_request (id),
    actor_id     BIGINT        NOT NULL REFERENCES app_user (id),
    occurred_at  TIMESTAMP     NOT NULL,
    from_status  VARCHAR(10),
    to_status    VARCHAR(10)   NOT NULL,
    amount       NUMERIC(10,2),
    comment_text VARCHAR(720)
);
CREATE INDEX request_event_request_idx ON request_event (request_id, occurred_at);

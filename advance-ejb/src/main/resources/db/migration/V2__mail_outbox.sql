-- The mail outbox: every mail the application sends is first a row here, written in the
-- transaction of what it tells (a decision, the day's digest), then delivered after commit.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.

CREATE SEQUENCE mail_outbox_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id              BIGINT         NOT NULL PRIMARY KEY,
    kind            VARCHAR(10)    NOT NULL CHECK (kind IN ('DECISION', 'DIGEST')),
    -- What the mail is about: the decided request, or the staff member and Paris day of a digest.
    request_id      BIGINT         REFERENCES advance_request (id),
    staff_id        BIGINT         REFERENCES app_user (id),
    digest_day      DATE,
    recipient       VARCHAR(200)   NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    text_body       VARCHAR(200000) NOT NULL,
    html_body       VARCHAR(200000) NOT NULL,
    -- Fixed when the row is written, so that a resend after a crash carries the same Message-ID.
    message_id      VARCHAR(200)   NOT NULL,
    state           VARCHAR(10)    NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        INT            NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP      NOT NULL,
    claimed_at      TIMESTAMP,
    sent_at         TIMESTAMP,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP      NOT NULL,
    -- One decision mail per request (a request is decided once).
    CONSTRAINT mail_outbox_request_uk UNIQUE (request_id),
    -- At most one digest per staff member and Paris day, whatever runs the job how many times.
    -- (Unique keys ignore nulls on both databases, so decision rows do not collide.)
    CONSTRAINT mail_outbox_digest_uk UNIQUE (staff_id, digest_day),
    CONSTRAINT mail_outbox_about_ck CHECK ((kind = 'DECISION' AND request_id IS NOT NULL)
        OR (kind = 'DIGEST' AND staff_id IS NOT NULL AND digest_day IS NOT NULL))
);
-- The sender's query (due PENDING rows by time), the stale-claim sweep (SENDING) and the
-- operators' list of undelivered mails (every state but SENT).
CREATE INDEX mail_outbox_due_idx ON mail_outbox (state, next_attempt_at, id);

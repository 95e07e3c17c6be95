-- Free texts are limited in Unicode code points (TextRules: 500 for comments, 200 for reasons).
-- H2 counts a VARCHAR's length in UTF-16 units, where an emoji is two; PostgreSQL counts code
-- points. Twice the limit holds any accepted text on both.
ALTER TABLE advance_request ALTER COLUMN worker_comment SET DATA TYPE VARCHAR(1000);
ALTER TABLE advance_request ALTER COLUMN agency_comment SET DATA TYPE VARCHAR(1000);
ALTER TABLE advance_request ALTER COLUMN decision_reason SET DATA TYPE VARCHAR(400);
ALTER TABLE request_event ALTER COLUMN comment_text SET DATA TYPE VARCHAR(1440);

-- Wrong passwords counted per login and client address, and per address (ThrottlePolicy).
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(160) NOT NULL PRIMARY KEY,
    login           VARCHAR(80),
    address         VARCHAR(64)  NOT NULL,
    failures        INTEGER      NOT NULL CHECK (failures >= 0),
    last_failure_at TIMESTAMP    NOT NULL,
    blocked_until   TIMESTAMP
);
-- The administrator's list shows the keys that wait now or soon will.
CREATE INDEX login_throttle_blocked_idx ON login_throttle (blocked_until);

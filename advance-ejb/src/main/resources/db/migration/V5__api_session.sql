-- Sessions of the HTTP API (the mobile app): the app logs in once with the password and then
-- sends a bearer token, instead of paying the deliberate PBKDF2 cost on every call (issue 6:
-- docs/benchmarks.md). Only a SHA-256 of the token is kept, so a copy of this table opens nothing.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.
CREATE TABLE api_session (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id),
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL
);
-- Opening a session drops the same account's expired ones; revoking every session of an account.
CREATE INDEX api_session_user_idx ON api_session (user_id, expires_at);

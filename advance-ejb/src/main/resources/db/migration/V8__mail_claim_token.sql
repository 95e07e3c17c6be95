-- The sender claims a page of due mails in one UPDATE instead of one transaction per mail; the
-- token it writes tells, in the same transaction, which rows of the page it won (another node
-- may have taken some of them). Runs unchanged on H2 2.2 and PostgreSQL 15+.
ALTER TABLE mail_outbox ADD COLUMN claim_token VARCHAR(36);

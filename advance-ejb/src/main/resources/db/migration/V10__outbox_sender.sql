-- Who holds a claim (issue 12). Every node process that sends from the outbox has a row here,
-- written when it starts and beaten every few seconds; a claimed row names its sender. A node that
-- starts again releases at once the claims of its own earlier start; the other nodes release the
-- claims of a sender whose beat stopped, seconds later instead of the old ten-minute sweep. The
-- mechanism is per process, not per kind of message: every channel of the outbox shares it.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.
CREATE TABLE outbox_sender (
    -- node name + '/' + an id drawn at the process's start
    id         VARCHAR(100) NOT NULL PRIMARY KEY,
    node       VARCHAR(60)  NOT NULL,
    started_at TIMESTAMP    NOT NULL,
    beat_at    TIMESTAMP    NOT NULL
);
CREATE INDEX outbox_sender_node_idx ON outbox_sender (node);
-- The sender (outbox_sender.id) whose claim holds the row while it is SENDING. No foreign key:
-- a sender's row goes when its claims are released, and history keeps the name.
ALTER TABLE mail_outbox ADD COLUMN claimed_by VARCHAR(100);

-- How many requests each agency has in each status, kept by the services in the transaction that
-- changes a status (issue 6, docs/benchmarks.md). The staff tables show a total; counting the
-- 72 000 answered requests of the largest agency read as many index entries on every page
-- (30-60 ms) while the page itself read 20. Dated filters still count the rows of their range.
-- Rows appear the first time an agency has a request in a status. Runs on H2 2.2+ and PostgreSQL 15+.
CREATE TABLE request_tally (
    agency_id BIGINT      NOT NULL REFERENCES agency (id),
    status    VARCHAR(10) NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'REFUSED', 'CANCELLED')),
    n         BIGINT      NOT NULL CHECK (n >= 0),
    PRIMARY KEY (agency_id, status)
);

INSERT INTO request_tally (agency_id, status, n)
SELECT agency_id, status, COUNT(*) FROM advance_request GROUP BY agency_id, status;

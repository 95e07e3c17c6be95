-- Indexes for the request tables at national scale (issue 6; before and after in docs/benchmarks.md).
-- Plain indexes, so that they run unchanged on H2 2.2 (which has no partial index) and PostgreSQL.

-- "Historique des demandes" of an agency, newest first (its default sort) or in a date range: read
-- in index order and stop after a page, instead of fetching and sorting every answered request of
-- the agency (72 000 for the largest: 400 ms before, a few ms after).
CREATE INDEX advance_request_agency_created_idx ON advance_request (agency_id, created_at, id);

-- The same when sorted by amount asked.
CREATE INDEX advance_request_agency_amount_idx ON advance_request (agency_id, asked_amount, id);

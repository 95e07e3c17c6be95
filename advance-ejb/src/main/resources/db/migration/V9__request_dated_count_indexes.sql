-- Counting a staff table filtered by dates: the count is COUNT(id) with the status and a
-- created_at range. The indexes it had, (agency, status, created_at) and (agency, created_at, id),
-- each lack a column, so every matching row was read from the table: 24 ms for a week of the
-- largest agency's "à traiter", 69 ms for three months of its history (EXPLAIN ANALYZE, 1 M
-- requests). With the missing column added they are index-only scans: 1.0 and 1.9 ms. Each new
-- index serves everything the one it replaces served (same leading columns, same order).
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.
CREATE INDEX advance_request_agency_status_created_idx ON advance_request (agency_id, status, created_at, id);
DROP INDEX advance_request_agency_status_idx;
CREATE INDEX advance_request_agency_created_status_idx ON advance_request (agency_id, created_at, id, status);
DROP INDEX advance_request_agency_created_idx;

-- The totals of the history (request_tally, V7) counted again from the requests themselves.
-- Run by the application (RequestTallies.rebuild) and by the scripts that write requests behind
-- its back (bin/benchmark.sh, bin/perf/generate-data.sql): one statement per line, no other text.
DELETE FROM request_tally
INSERT INTO request_tally (agency_id, status, n) SELECT agency_id, status, COUNT(*) FROM advance_request WHERE status <> 'SENT' GROUP BY agency_id, status

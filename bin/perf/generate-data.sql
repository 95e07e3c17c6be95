-- Fills an empty, migrated advance database with a national-scale data set, entirely inside
-- PostgreSQL (set-based INSERT ... SELECT: no row crosses the network). psql variables:
--   scale  1 = 100 employers, 2 000 agencies, 200 000 workers, 20 000 staff, 1 000 000 requests
--   hash   the PBKDF2 hash every account gets (password "demo")
-- Skew: an assignment's agency is drawn as floor(agencies * u^3), so agency 1 is the largest
-- (~8 % of everything at full scale) and most agencies are small. Requests are spread over three
-- years; the latest request of ~17 % of assignments is still SENT (~5 % of all requests).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SELECT setseed(0.42);

CREATE TEMP TABLE size AS SELECT
    greatest(2, round(100 * :scale))::int AS employers,
    greatest(4, round(2000 * :scale))::int AS agencies,
    greatest(20, round(200000 * :scale))::int AS workers,
    greatest(8, round(20000 * :scale))::int AS staff,
    greatest(200, round(1000000 * :scale))::int AS requests;

CREATE TEMP TABLE words AS SELECT
    ARRAY['Lyon','Paris','Lille','Marseille','Toulouse','Nantes','Bordeaux','Rennes','Strasbourg','Nice',
          'Grenoble','Dijon','Angers','Brest','Tours','Metz','Reims','Caen','Rouen','Nancy'] AS cities,
    ARRAY['Marie','Karim','Julie','Lucas','Sofia','Thomas','Inès','Hugo','Léa','Emma','Nathan','Chloé',
          'Yanis','Camille','Louis','Manon','Adam','Sarah','Jules','Zoé'] AS firsts,
    ARRAY['Durand','Benali','Martin','Petit','Rossi','Leroy','Moreau','Garcia','Fournier','Wilson',
          'Bernard','Dubois','Lambert','Bonnet','François','Mercier','Girard','Faure','Roux','Blanc'] AS lasts;

INSERT INTO employer (id, name)
SELECT e, 'Employeur ' || lpad(e::text, 3, '0') FROM size, generate_series(1, employers) e;

INSERT INTO agency (id, employer_id, name, percent_of_earned_pay, ceiling_without_hours)
SELECT a, 1 + (a - 1) % employers,
       'Employeur ' || lpad((1 + (a - 1) % employers)::text, 3, '0') || ' ' || cities[1 + (a * 7) % 20] || ' '
           || lpad(a::text, 4, '0'),
       (ARRAY[70, 80, 80, 90])[1 + a % 4], (ARRAY[200, 250, 300, 400])[1 + a % 4]
FROM size, words, generate_series(1, agencies) a;

INSERT INTO reason (id, employer_id, kind, label, sort_order)
SELECT row_number() OVER (), e, k, l, o
FROM size, generate_series(1, employers) e,
     (VALUES ('ACCEPT', 'Acompte accordé sur les heures validées', 0),
             ('ACCEPT', 'Acompte partiel : plafond de la période atteint', 1),
             ('REFUSE', 'Heures de la période pas encore validées', 0),
             ('REFUSE', 'Plafond d''acomptes du mois atteint', 1)) r(k, l, o);

-- Workers are ids 1..workers, staff follow.
INSERT INTO app_user (id, login, password_hash, full_name, email, locale, user_role, employer_id, advances_permission)
SELECT w, 'worker' || lpad(w::text, 6, '0'), :'hash',
       firsts[1 + w % 20] || ' ' || lasts[1 + (w / 20) % 20] || ' ' || w,
       'worker' || lpad(w::text, 6, '0') || '@gen.advance.test', CASE WHEN w % 10 = 0 THEN 'en' ELSE 'fr' END,
       'WORKER', NULL, false
FROM size, words, generate_series(1, workers) w;

-- Staff: the first `agencies` staff have one agency each (every agency has someone); the others
-- follow the same skew, so the large agencies have many staff.
CREATE TEMP TABLE staff_home AS
SELECT s, CASE WHEN s <= agencies THEN s ELSE 1 + floor(agencies * random() ^ 3)::int END AS agency
FROM size, generate_series(1, staff) s;

INSERT INTO app_user (id, login, password_hash, full_name, email, locale, user_role, employer_id, advances_permission)
SELECT workers + s, 'staff' || lpad(s::text, 5, '0'), :'hash',
       firsts[1 + (s * 3) % 20] || ' ' || lasts[1 + (s / 7) % 20] || ' ' || s,
       'staff' || lpad(s::text, 5, '0') || '@gen.advance.test', 'fr', 'STAFF', 1 + (agency - 1) % employers,
       s <= agencies OR s % 10 <> 0
FROM size, words, staff_home;

-- The administrator (the digest benchmark starts the digest through the admin API as him).
INSERT INTO app_user (id, login, password_hash, full_name, email, locale, user_role, employer_id, advances_permission)
SELECT workers + staff + 1, 'admin', :'hash', 'Administrateur', 'admin@gen.advance.test', 'fr', 'ADMIN', NULL, false
FROM size;

-- Every 20th staff member also covers two more agencies of the same employer.
INSERT INTO staff_agency (staff_id, agency_id)
SELECT DISTINCT workers + s, x
FROM size, staff_home,
     LATERAL (SELECT agency AS x
              UNION ALL SELECT agency + employers WHERE s % 20 = 0 AND agency + employers <= agencies
              UNION ALL SELECT agency + 2 * employers WHERE s % 20 = 0 AND agency + 2 * employers <= agencies) more;

-- Assignments: 1 to 3 per worker (~1.5), agencies drawn with the skew.
INSERT INTO assignment (id, worker_id, agency_id, hourly_rate, validated_hours, period_start)
SELECT row_number() OVER (ORDER BY worker_id, agency_id), worker_id, agency_id,
       round((11.65 + random() * 8)::numeric, 2),
       CASE WHEN random() < 0.1 THEN NULL ELSE round((20 + random() * 130)::numeric, 2) END,
       date_trunc('month', now() AT TIME ZONE 'Europe/Paris')::date
FROM (SELECT DISTINCT worker_id, agency_id
      FROM (SELECT w AS worker_id, 1 + floor(agencies * random() ^ 3)::int AS agency_id
            FROM size, generate_series(1, workers) w, generate_series(1, 3) k
            WHERE k = 1 OR (k = 2 AND random() < 0.35) OR (k = 3 AND random() < 0.15)) c) d;

-- Requests: each to a random assignment, at a random moment of the last three years.
CREATE TEMP TABLE draft AS
SELECT g AS id, 1 + floor((SELECT count(*) FROM assignment) * random())::bigint AS assignment_id,
       (now() AT TIME ZONE 'UTC') - interval '3 years' * random() AS created_at,
       round((50 + random() * 750)::numeric, 2) AS asked, random() < 0.1 AS asked_maximum,
       random() AS fate, random() AS partial, random() AS commented
FROM size, generate_series(1, requests) g;

CREATE TEMP TABLE ranked AS
SELECT d.*, s.worker_id, s.agency_id, a.employer_id,
       row_number() OVER (PARTITION BY d.assignment_id ORDER BY d.created_at DESC, d.id DESC) AS recency
FROM draft d JOIN assignment s ON s.id = d.assignment_id JOIN agency a ON a.id = s.agency_id;

-- Share of assignments whose latest request still waits, so that ~5 % of all requests do.
CREATE TEMP TABLE open_share AS
SELECT least(1.0, 0.05 * (SELECT requests FROM size) / count(*)) AS p FROM ranked WHERE recency = 1;

CREATE TEMP TABLE req AS
SELECT r.*,
       CASE WHEN r.recency = 1 AND r.fate < o.p THEN 'SENT'
            WHEN r.partial < 0.70 THEN 'ACCEPTED' WHEN r.partial < 0.90 THEN 'REFUSED' ELSE 'CANCELLED' END AS status
FROM ranked r, open_share o;
-- A waiting request was sent in the last three weeks.
UPDATE req SET created_at = (now() AT TIME ZONE 'UTC') - interval '21 days' * fate WHERE status = 'SENT';

INSERT INTO advance_request (id, worker_id, agency_id, employer_id, asked_amount, asked_maximum, worker_comment,
        status, open_agency_id, granted_amount, decision_reason, agency_comment, created_at, decided_at,
        decided_by_id, idempotency_key, version, worker_name, agency_name, decided_by_name)
SELECT id, worker_id, agency_id, employer_id, asked, asked_maximum,
       CASE WHEN commented < 0.3 THEN 'Merci pour votre retour rapide' END,
       status, CASE WHEN status = 'SENT' THEN agency_id END,
       CASE WHEN status = 'ACCEPTED' THEN CASE WHEN commented < 0.8 THEN asked ELSE round(asked / 2, 2) END END,
       CASE status WHEN 'ACCEPTED' THEN 'Acompte accordé sur les heures validées'
                   WHEN 'REFUSED' THEN 'Heures de la période pas encore validées' END,
       CASE WHEN status IN ('ACCEPTED', 'REFUSED') AND commented < 0.5 THEN 'Virement sous 48 h' END,
       created_at,
       CASE WHEN status IN ('ACCEPTED', 'REFUSED')
            THEN least(created_at + interval '72 hours' * partial, now() AT TIME ZONE 'UTC') END,
       CASE WHEN status IN ('ACCEPTED', 'REFUSED') THEN (SELECT workers FROM size) + agency_id END,
       'gen' || lpad(id::text, 10, '0'), 1,
       -- the names the tables show and sort by, as the application copies them (V6)
       (SELECT u.full_name FROM app_user u WHERE u.id = req.worker_id),
       (SELECT a.name FROM agency a WHERE a.id = req.agency_id),
       CASE WHEN status IN ('ACCEPTED', 'REFUSED')
            THEN (SELECT u.full_name FROM app_user u WHERE u.id = (SELECT workers FROM size) + req.agency_id) END
FROM req;

-- History: the sending, then the answer or the cancellation.
INSERT INTO request_event (id, request_id, actor_id, occurred_at, from_status, to_status, amount, comment_text)
SELECT 2 * id - 1, id, worker_id, created_at, NULL, 'SENT', asked_amount, worker_comment FROM advance_request;
INSERT INTO request_event (id, request_id, actor_id, occurred_at, from_status, to_status, amount, comment_text)
SELECT 2 * id, id, coalesce(decided_by_id, worker_id), coalesce(decided_at, created_at + interval '1 hour'),
       'SENT', status, granted_amount, decision_reason
FROM advance_request WHERE status <> 'SENT';

-- The totals of the history (V7) are counted by bin/generate-data.sh afterwards, with the
-- application's own statements (advance-ejb/src/main/resources/db/statements/tally-rebuild.sql).

-- Sequences past every generated id (EclipseLink preallocates 50 at a time).
SELECT setval('employer_seq', (SELECT max(id) FROM employer) + 1000);
SELECT setval('agency_seq', (SELECT max(id) FROM agency) + 1000);
SELECT setval('app_user_seq', (SELECT max(id) FROM app_user) + 1000);
SELECT setval('assignment_seq', (SELECT max(id) FROM assignment) + 1000);
SELECT setval('reason_seq', (SELECT max(id) FROM reason) + 1000);
SELECT setval('advance_request_seq', (SELECT max(id) FROM advance_request) + 1000);
SELECT setval('request_event_seq', (SELECT max(id) FROM request_event) + 1000);

-- A steady database has been vacuumed: visibility map set (index-only scans), statistics fresh.
VACUUM ANALYZE;

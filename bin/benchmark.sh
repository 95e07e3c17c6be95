#!/usr/bin/env bash
# Benchmarks of issue 6 against the EAR deployed on Payara + PostgreSQL; writes a Markdown report.
#
#   bin/benchmark.sh            full run: database advance_perf (generated at scale 1 if it has no
#                               requests), floor database advance_perf_empty, digest also on
#                               advance_perf_tenth (2 000 staff, scale 0.1); writes docs/benchmarks.md
#   bin/benchmark.sh ci         small run for CI: advance_perf_ci at scale 0.002, few repetitions,
#                               digest also on advance_perf_ci_digest (scale 0.1: 2 000 staff, enough
#                               for the digest's ratio to its floor to mean something);
#                               writes target/perf/benchmarks-ci.md and checks it has its tables
#   bin/benchmark.sh digest     the digest alone on advance_perf_ci_digest (scale 0.1), one untimed
#                               run then one timed, and its floor; prints the table's row
#
# Environment: PERF_PORTBASE (25000: admin +48, HTTP +80, SMTP catcher +25, its API +26), PERF_DB,
# PERF_EMPTY_DB, PERF_SCALE, PERF_OUT, PERF_REPS, PERF_EAR, PERF_NOTES (a Markdown file appended to the report), PERF_SUBMITS ("1:N1 10:N10 50:N50": requests sent per concurrency level),
# PERF_DIGEST_DB and PERF_DIGEST_SCALE (the digest's second database), PERF_DIGEST_TIMEOUT (seconds a digest may take).
# Needs `mvn install` first (the EAR), PostgreSQL on 127.0.0.1:5432 (user postgres), pgbench and a JDK.
# The floors are measured in the same run: pgbench's single-row insert at the same concurrency for
# the submissions, the same operations on a database with the same accounts and no request for the
# tables, the counting query alone plus the SMTP catcher receiving as many mails for the digest.
# Each Payara and mail catcher is stopped at the end, even on failure.
set -euo pipefail
{ # Parsed whole before it runs, so that editing or rebuilding during a long run cannot change it.
here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-full}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
if [ "$mode" = ci ]; then
    db=${PERF_DB:-advance_perf_ci}; empty=${PERF_EMPTY_DB:-advance_perf_empty}; scale=${PERF_SCALE:-0.002}
    out=${PERF_OUT:-$here/target/perf/benchmarks-ci.md}; reps=${PERF_REPS:-3}; submits=${PERF_SUBMITS:-"1:10 10:40 50:100"}
    digest_db=${PERF_DIGEST_DB:-advance_perf_ci_digest}; digest_scale=${PERF_DIGEST_SCALE:-0.1}
    digest_timeout=${PERF_DIGEST_TIMEOUT:-600}
elif [ "$mode" = digest ]; then
    digest_db=${PERF_DIGEST_DB:-advance_perf_ci_digest}; digest_scale=${PERF_DIGEST_SCALE:-0.1}
    db=$digest_db; scale=$digest_scale; empty=${PERF_EMPTY_DB:-advance_perf_empty}
    out=/dev/null; reps=1; submits="1:1"; digest_timeout=${PERF_DIGEST_TIMEOUT:-600}
else
    db=${PERF_DB:-advance_perf}; empty=${PERF_EMPTY_DB:-advance_perf_empty}; scale=${PERF_SCALE:-1}
    out=${PERF_OUT:-$here/docs/benchmarks.md}; reps=${PERF_REPS:-60}; submits=${PERF_SUBMITS:-"1:200 10:1000 50:2000"}
    digest_db=${PERF_DIGEST_DB:-advance_perf_tenth}; digest_scale=${PERF_DIGEST_SCALE:-0.1}
    digest_timeout=${PERF_DIGEST_TIMEOUT:-5400}
fi
portbase=${PERF_PORTBASE:-25000}
admin=$((portbase + 48)); http=$((portbase + 80)); base="http://127.0.0.1:$http/advance"
# The SMTP port the Payara domain's mail session is prepared with (start_payara), and the catcher's API.
smtp_port=$((portbase + 25)); mail_api=$((portbase + 26))
work="$here/target/perf/$mode"; mkdir -p "$work" "$(dirname "$out")"
ear=${PERF_EAR:-$here/advance-ear/target/advance.ear}
[ -f "$ear" ] || { echo "Build the EAR first: mvn -o -q install -DskipITs" >&2; exit 1; }
sql() { psql -qXAt -d "$1" -c "$2"; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
bench() { java "$here/bin/perf/Bench.java" "$@"; }
run_start=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- data -------------------------------------------------------------------------------------
if [ "${PERF_REGENERATE:-}" = 1 ] || ! sql "$db" "SELECT 1 FROM advance_request LIMIT 1" 2>/dev/null | grep -q 1; then
    log "generating $db at scale $scale"
    "$here/bin/generate-data.sh" "$db" "$scale"
fi
if [ "${PERF_REGENERATE:-}" = 1 ] || ! sql "$digest_db" "SELECT 1 FROM advance_request LIMIT 1" 2>/dev/null | grep -q 1; then
    log "generating $digest_db at scale $digest_scale (the digest's second database)"
    "$here/bin/generate-data.sh" "$digest_db" "$digest_scale"
fi
# The digest is started over the API as the administrator; databases generated before the generator
# made one get him here (password "demo", the hash every generated account has).
for d in "$db" "$digest_db"; do
    sql "$d" "INSERT INTO app_user (id, login, password_hash, full_name, email, locale, user_role, advances_permission)
        SELECT (SELECT max(id) + 1 FROM app_user), 'admin', (SELECT password_hash FROM app_user ORDER BY id LIMIT 1),
               'Administrateur', 'admin@gen.advance.test', 'fr', 'ADMIN', false
        WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE login = 'admin')"
done
log "floor database $empty: the accounts of $db, no request"
sql postgres "DROP DATABASE IF EXISTS $empty"
sql postgres "CREATE DATABASE $empty TEMPLATE $db"
sql "$empty" "TRUNCATE request_event, advance_request CASCADE"
# The tallies (V7) exist once the EAR has migrated the database; a dataset older than V7 gets them at deployment.
sql "$empty" "DO \$\$ BEGIN IF to_regclass('request_tally') IS NOT NULL THEN TRUNCATE request_tally; END IF; END \$\$"
sql "$empty" "VACUUM ANALYZE"

# Who and what the operations are about, chosen in the data (same ids in both databases).
large=$(sql "$db" "SELECT agency_id FROM advance_request GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
small=$(sql "$db" "SELECT agency_id FROM advance_request GROUP BY 1 HAVING count(*) >= 5 ORDER BY count(*), 1 LIMIT 1")
staff_of() { sql "$db" "SELECT u.login FROM staff_agency s JOIN app_user u ON u.id = s.staff_id
    WHERE s.agency_id = $1 AND u.advances_permission
    ORDER BY (SELECT count(*) FROM staff_agency x WHERE x.staff_id = u.id) DESC, u.id LIMIT 1"; }
large_staff=$(staff_of "$large"); small_staff=$(staff_of "$small")
read -r worker employer < <(sql "$db" "SELECT u.login || ' ' || r.employer_id FROM advance_request r
    JOIN app_user u ON u.id = r.worker_id GROUP BY u.login, r.employer_id ORDER BY count(*) DESC, 1 LIMIT 1")
count_of() { sql "$db" "SELECT count(*) FROM advance_request WHERE agency_id = $1"; }
today=$(date -u +%F); d90=$(date -u -d '90 days ago' +%F); d7=$(date -u -d '7 days ago' +%F)

ops="$work/ops.tsv"; : > "$ops"
for who in large small; do
    if [ $who = large ]; then login=$large_staff; agency=$large; else login=$small_staff; agency=$small; fi
    for table in pending history; do
        p="/api/staff/requests/$table"; n="$table, $who agency"
        {
            printf '%s\t%s\t%s\n' "$n: first page" "$login" "$p"
            for s in DATE WORKER AGENCY AMOUNT STATUS GRANTED DECIDED_AT DECIDED_BY; do
                printf '%s\t%s\t%s\n' "$n: sort $s" "$login" "$p?sort=$s"
            done
            printf '%s\t%s\t%s\n' "$n: filter agency" "$login" "$p?agency=$agency"
            if [ $table = pending ]; then from=$d7; else from=$d90; fi
            printf '%s\t%s\t%s\n' "$n: filter $from..$today" "$login" "$p?from=$from&to=$today"
            printf '%s\t%s\t%s\n' "$n: page 100" "$login" "$p?offset=1980"
            printf '%s\t%s\t%s\n' "$n: last page" "$login" "$p?offset=LAST"
        } >> "$ops"
    done
done
w="/api/employers/$employer/requests"
{
    printf '%s\t%s\t%s\n' "mes demandes: first page" "$worker" "$w"
    for s in DATE AMOUNT AGENCY; do printf '%s\t%s\t%s\n' "mes demandes: sort $s asc" "$worker" "$w?sort=$s&asc=true"; done
    printf '%s\t%s\t%s\n' "mes demandes: page 100" "$worker" "$w?offset=1980"
    printf '%s\t%s\t%s\n' "mes demandes: last page" "$worker" "$w?offset=LAST"
} >> "$ops"

# Submissions: one (worker, employer, agency) without an open request per submission.
needed=0; for level in $submits; do needed=$((needed + ${level#*:})); done
sql "$db" "SELECT u.login, a.employer_id, s.agency_id FROM assignment s JOIN agency a ON a.id = s.agency_id
    JOIN app_user u ON u.id = s.worker_id
    WHERE NOT EXISTS (SELECT 1 FROM advance_request r WHERE r.worker_id = s.worker_id AND r.open_agency_id = s.agency_id)
      -- and whose maximum this month is not already used up by advances granted (else a 400, rightly)
      AND NOT EXISTS (SELECT 1 FROM advance_request r WHERE r.worker_id = s.worker_id AND r.agency_id = s.agency_id
                      AND r.status = 'ACCEPTED' AND r.decided_at >= date_trunc('month', now()) - interval '1 day')
    ORDER BY md5(s.id::text) LIMIT $needed" | tr '|' '\t' > "$work/pairs.tsv"

# ---- servers ------------------------------------------------------------------------------------
payara_home=""
stop_payara() {
    if [ -n "$payara_home" ]; then
        # Undeployed first: a domain that restarts with the EAR still deployed loads it at startup,
        # and the next run's deploy then races that load ("Provider already mapped").
        "$payara_home/bin/asadmin" --port "$admin" undeploy advance >/dev/null 2>&1 || true
        "$payara_home/bin/asadmin" --port "$admin" stop-domain advance >/dev/null 2>&1 || true
        payara_home=""
    fi
    if [ -n "${jstat_pid:-}" ]; then kill "$jstat_pid" 2>/dev/null || true; jstat_pid=""; fi
}
catcher_on=""
stop_catcher() {
    if [ -n "$catcher_on" ]; then "$here/bin/mail-catcher.sh" stop "$smtp_port" "$mail_api" >/dev/null; catcher_on=""; fi
}
trap 'stop_payara; stop_catcher' EXIT
start_payara() { # DATABASE -> starts a prepared Payara on it with the EAR deployed
    local dir="$here/target/perf/payara-$1"
    ADVANCE_DB=postgres ADVANCE_DB_URL="127.0.0.1:5432/$1" ADVANCE_DEMO=false ADVANCE_SMTP_PORT=$((portbase + 25)) \
        ADVANCE_BASE_URL="$base" "$here/bin/prepare-payara.sh" "$dir" "$portbase" >/dev/null
    payara_home="$dir/payara6"
    # The domain's EJB timer service creates its table only the first time it runs; a database
    # recreated under an existing domain (the floor database, every run) needs it made here.
    if ! sql "$1" "SELECT 1 FROM pg_tables WHERE tablename = 'EJB__TIMER__TBL'" | grep -q 1; then
        psql -qX -d "$1" -f "$payara_home/glassfish/lib/install/databases/ejbtimer_postgresql.sql" >/dev/null
    fi
    log "starting Payara on $1"
    "$payara_home/bin/asadmin" --port "$admin" start-domain advance >/dev/null
    if "$payara_home/bin/asadmin" --port "$admin" list-applications 2>/dev/null | grep -q '^advance '; then
        "$payara_home/bin/asadmin" --port "$admin" undeploy advance >/dev/null # left by an interrupted run
    fi
    "$payara_home/bin/asadmin" --port "$admin" deploy --force=true --name advance "$ear" >/dev/null
    for _ in $(seq 1 120); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/employers" || true)
        [ "$code" = 401 ] && break
        sleep 1
    done
    [ "$code" = 401 ] || { echo "the API did not answer on $base (HTTP $code)" >&2; exit 1; }
    payara_pid=$(cat "$dir/payara6/glassfish/domains/advance/config/pid")
    jstat -gc "$payara_pid" 1000 > "$work/jstat-$1.txt" 2>/dev/null & jstat_pid=$!
}
heap_peak() { # jstat file -> "peak used MiB / max committed MiB"
    awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; cap = $1 + $2 + $5 + $7;
         if (used > u) u = used; if (cap > c) c = cap }
         END { printf "%.0f MiB used at peak, %.0f MiB committed at most", u / 1024, c / 1024 }' "$1"
}

# ---- the digest: one run timed until the catcher has every mail, and its floor -------------------
# A GreenMail catcher (bin/mail-catcher.sh) listens on the SMTP port the domain's mail session was
# prepared with. It is started once and emptied before each measurement, not restarted: a fresh
# catcher spends its first seconds compiling its own code on the same two cores (its JIT took about
# two cores during a floor that followed a restart), which then timed the catcher's warm-up instead
# of the server's delivery. Production's SMTP relay is a long-running process too.
counts_port=$((portbase + 27))
fresh_catcher() {
    if [ -z "$catcher_on" ]; then
        MAIL_CATCHER_COUNTS_PORT=$counts_port "$here/bin/mail-catcher.sh" start "$smtp_port" "$mail_api" >/dev/null
        catcher_on=1
    fi
    curl -fs -X POST "http://127.0.0.1:$counts_port/purge" >/dev/null
    [ "$(caught)" = 0 ] || { echo "the catcher still holds mails after its purge" >&2; exit 1; }
}
caught() { # how many mails the catcher holds (each digest and floor mail has one recipient)
    curl -fs "http://127.0.0.1:$counts_port/received" | wc -l
}
admin_api() { curl -s -u admin:demo -H 'Accept: application/json' "$@"; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"; } # NAME: a scalar of the JSON on stdin
epoch() { date -u -d "$1" +%s.%N; }
# The digest's counting statement, the application's own (DigestCountProcessor reads the same file),
# over every staff member StaffDigestReader reads instead of one page of them.
statements="$here/advance-ejb/src/main/resources/db/statements"
statement() { grep -v '^--' "$statements/$1"; } # FILE: a statement file without its comments
{ statement digest-count.sql | sed 's/?1/0/; s/?2/9223372036854775807/'; echo ';'; } > "$work/digest-count.sql"
digest_once() { # DB -> one digest run through the admin API; sets digest_sent, digest_s, digest_job_s
    local d=$1 started execution day status left failed t0 t_done last_sent job_start job_end
    # A staff member gets at most one digest per Paris day (unique key (staff_id, digest_day) of
    # mail_outbox): the digests of earlier runs are deleted, else this run would find them and send nothing.
    sql "$d" "DELETE FROM mail_outbox WHERE kind = 'DIGEST'"
    left=$(sql "$d" "SELECT count(*) FROM mail_outbox WHERE state <> 'SENT'")
    [ "$left" = 0 ] || log "warning: $left other mails wait in the outbox of $d: they go out with the digests"
    fresh_catcher
    admin_api -o /dev/null "$base/api/admin/digest/1" # the admin's password checked once (PBKDF2) before the clock starts
    t0=$(date +%s.%N)
    started=$(admin_api -X POST "$base/api/admin/digest")
    execution=$(field execution <<< "$started"); day=$(field day <<< "$started")
    [ -n "$execution" ] && [ -n "$day" ] || { echo "the digest did not start: $started" >&2; exit 1; }
    # Done when the job has COMPLETED (every digest is in the outbox) and every digest row is SENT:
    # a page's rows are marked SENT once the SMTP server answered 250 for each of them.
    while :; do
        status=$(admin_api "$base/api/admin/digest/$execution" | field status)
        case $status in FAILED|STOPPED|ABANDONED) echo "digest run $execution on $d: $status" >&2; exit 1;; esac
        if [ "$status" = COMPLETED ]; then
            IFS='|' read -r left failed < <(sql "$d" "SELECT count(*) FILTER (WHERE state <> 'SENT'),
                count(*) FILTER (WHERE state = 'FAILED') FROM mail_outbox WHERE kind = 'DIGEST' AND digest_day = '$day'")
            [ "$failed" = 0 ] || { echo "$failed digests refused by the catcher on $d" >&2; exit 1; }
            [ "$left" = 0 ] && break
        fi
        [ $(( $(date +%s) - ${t0%.*} )) -lt "$digest_timeout" ] \
            || { echo "digest on $d not delivered after $digest_timeout s (status $status)" >&2; exit 1; }
        sleep 0.5
    done
    t_done=$(date +%s.%N)
    IFS='|' read -r digest_sent last_sent < <(sql "$d" "SELECT count(*), coalesce(extract(epoch FROM max(sent_at)), 0)
        FROM mail_outbox WHERE kind = 'DIGEST' AND digest_day = '$day'")
    # The end is the last digest's sent_at (same clock as t0), not when the polling noticed it.
    if [ "$digest_sent" -gt 0 ]; then t_done=$last_sent; fi
    digest_s=$(awk -v a="$t0" -v b="$t_done" 'BEGIN { printf "%.3f", b - a }')
    started=$(admin_api "$base/api/admin/digest/$execution")
    job_start=$(epoch "$(field startedAt <<< "$started")"); job_end=$(epoch "$(field endedAt <<< "$started")")
    digest_job_s=$(awk -v a="$job_start" -v b="$job_end" 'BEGIN { printf "%.3f", b - a }')
    local received; received=$(caught)
    [ "$received" = "$digest_sent" ] || { echo "the catcher has $received mails, the outbox says $digest_sent were sent ($d)" >&2; exit 1; }
}
digest_measure() { # DB [warm] -> appends a line to digest.tsv: db, staff, with permission, sent, digest s, job s, query s, smtp s, bytes/mail
    local d=$1 query_ms smtp staff perm
    if [ "${2:-}" = warm ]; then
        log "digest on $d: one untimed run first (this Payara has just started)"
        digest_once "$d"
    fi
    log "digest on $d: timed run"
    digest_once "$d"
    log "digest on $d: $digest_sent mails in $digest_s s (job $digest_job_s s); floor: counting query, then SMTP"
    # Floor (a): the counting query alone, psql \timing, median of 3 after a warm-up.
    query_ms=$(for _ in 1 2 3 4; do psql -qX -d "$d" -o /dev/null -c '\timing on' -f "$work/digest-count.sql"; done \
        | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -3 | sort -n | sed -n 2p)
    # Floor (b): the same catcher, emptied, receiving as many mails of the median digest's content from
    # a minimal raw-SMTP client, one connection per 2 000 mails as MailSender's rounds (40 pages of 50).
    local median="FROM mail_outbox WHERE kind = 'DIGEST' ORDER BY length(text_body) + length(html_body), id
        OFFSET (SELECT count(*) / 2 FROM mail_outbox WHERE kind = 'DIGEST') LIMIT 1"
    sql "$d" "SELECT text_body $median" > "$work/digest-$d.txt"; sql "$d" "SELECT html_body $median" > "$work/digest-$d.html"
    fresh_catcher
    smtp=$(bench smtp "$smtp_port" "$digest_sent" 2000 "$work/digest-$d.txt" "$work/digest-$d.html")
    [ "$(caught)" = "$digest_sent" ] || { echo "the catcher did not get the $digest_sent floor mails" >&2; exit 1; }
    staff=$(sql "$d" "SELECT count(*) FROM app_user WHERE user_role = 'STAFF'")
    perm=$(sql "$d" "SELECT count(*) FROM app_user WHERE user_role = 'STAFF' AND advances_permission")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%.3f\t%s\t%s\n' "$d" "$staff" "$perm" "$digest_sent" "$digest_s" "$digest_job_s" \
        "$(awk -v ms="$query_ms" 'BEGIN { print ms / 1000 }')" "$(cut -f2 <<< "$smtp")" "$(cut -f4 <<< "$smtp")" >> "$work/digest.tsv"
}

if [ "$mode" = digest ]; then
    : > "$work/digest.tsv"
    start_payara "$digest_db"
    # Where the server's time goes during both runs (target/perf/digest/digest.jfr, for `jfr print`).
    jcmd "$payara_pid" JFR.start name=digest settings=profile filename="$work/digest.jfr" >/dev/null
    digest_measure "$digest_db" warm
    jcmd "$payara_pid" JFR.stop name=digest >/dev/null
    stop_payara
    awk -F'\t' '{ floor = $7 + $8; printf "%s: %s digests in %.2f s (job %.2f s); floor %.2f s (query %.3f s, SMTP %.2f s): %.2fx the floor\n",
        $1, $4, $5, $6, floor, $7, $8, (floor > 0 ? $5 / floor : 0) }' "$work/digest.tsv"
    exit 0
fi

# ---- floor: the empty database ----------------------------------------------------------------
start_payara "$empty"
log "table operations on $empty"
bench tables "$base" "$reps" "$ops" > "$work/tables-empty.tsv"
stop_payara

# ---- the full database --------------------------------------------------------------------------
start_payara "$db"
log "table operations on $db"
bench tables "$base" "$reps" "$ops" > "$work/tables-full.tsv"
: > "$work/submit.tsv"; : > "$work/pgbench.tsv"; : > "$work/cpu.tsv"
# CPU used so far, in clock ticks: Payara's JVM, every PostgreSQL process, the whole machine.
cpu_ticks() {
    local payara pg busy
    payara=$(awk '{print $14 + $15}' "/proc/$payara_pid/stat")
    pg=$(for p in $(pgrep -x postgres); do cat "/proc/$p/stat" 2>/dev/null; done | awk '{s += $14 + $15} END {print s + 0}')
    busy=$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat)
    echo "$payara $pg $busy"
}
offset=1
top_level=$(for level in $submits; do echo "${level%:*}"; done | sort -n | tail -1)
sql "$db" "CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, worker_id BIGINT NOT NULL,
    amount NUMERIC(10,2) NOT NULL, created_at TIMESTAMP NOT NULL DEFAULT now())"
sql "$db" "CREATE INDEX IF NOT EXISTS bench_insert_worker_idx ON bench_insert (worker_id, created_at)"
echo 'INSERT INTO bench_insert (worker_id, amount) VALUES (:client_id, 10.00);' > "$work/insert.sql"
for level in $submits; do
    c=${level%:*}; n=${level#*:}
    sed -n "${offset},$((offset + n - 1))p" "$work/pairs.tsv" > "$work/pairs-$c.tsv"; offset=$((offset + n))
    log "API sessions of those $n workers, $c concurrent (password: PBKDF2)"
    bench login "$base" "$c" "$n" "$work/pairs-$c.tsv" "$work/tokens-$c.txt" > "$work/login-$c.tsv" 2>> "$work/submit-failures.txt"
    log "submit over HTTP, $c concurrent, $n requests"
    # A JFR recording of the server under the highest concurrency says where its time goes.
    if [ "$c" = "$top_level" ]; then
        jcmd "$payara_pid" JFR.start name=submit settings=profile filename="$work/submit.jfr" >/dev/null
    fi
    cpu_before="$(date +%s.%N) $(cpu_ticks)"
    bench submit "$base" "$c" "$n" "$work/pairs-$c.tsv" "$work/tokens-$c.txt" 2>> "$work/submit-failures.txt" \
        | tr -d '\n' >> "$work/submit.tsv"
    echo "$c $n $cpu_before $(date +%s.%N) $(cpu_ticks)" >> "$work/cpu.tsv"
    printf '\t%s\n' "$(cat "$work/login-$c.tsv")" >> "$work/submit.tsv"
    if [ "$c" = "$top_level" ]; then
        jcmd "$payara_pid" JFR.stop name=submit >/dev/null
    fi
    log "pgbench single-row insert, $c clients"
    tps=$(pgbench -n -h 127.0.0.1 -U postgres -c "$c" -j $((c < 2 ? c : 2)) -T "${PERF_PGBENCH_SECONDS:-10}" \
        -f "$work/insert.sql" "$db" 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
    lat=$(pgbench -n -h 127.0.0.1 -U postgres -c "$c" -j $((c < 2 ? c : 2)) -T 3 -f "$work/insert.sql" "$db" 2>/dev/null \
        | sed -n 's/^latency average = \([0-9.]*\).*/\1/p')
    printf '%s\t%s\t%s\n' "$c" "$tps" "$lat" >> "$work/pgbench.tsv"
done
sql "$db" "DROP TABLE bench_insert"
sql "$db" "DELETE FROM request_event WHERE request_id IN (SELECT id FROM advance_request WHERE idempotency_key LIKE 'bench-%')"
sql "$db" "DELETE FROM advance_request WHERE idempotency_key LIKE 'bench-%'"
# The benchmark's requests are removed behind the application's back: count the tallies again.
sql "$db" "BEGIN; $(statement tally-rebuild.sql | sed 's/$/;/') COMMIT"
: > "$work/digest.tsv"
digest_measure "$db"
stop_payara

# ---- the digest on its second database --------------------------------------------------------
start_payara "$digest_db"
digest_measure "$digest_db" warm
stop_payara

# ---- report -------------------------------------------------------------------------------------
heap_empty=$(heap_peak "$work/jstat-$empty.txt"); heap_full=$(heap_peak "$work/jstat-$db.txt")
heap_digest=$(heap_peak "$work/jstat-$digest_db.txt")
counts_of() { sql "$1" "SELECT (SELECT count(*) FROM employer) || ' employers, ' || (SELECT count(*) FROM agency) || ' agencies, '
    || (SELECT count(*) FROM app_user WHERE user_role = 'WORKER') || ' workers, '
    || (SELECT count(*) FROM app_user WHERE user_role = 'STAFF') || ' staff, '
    || (SELECT count(*) FROM advance_request) || ' requests ('
    || (SELECT count(*) FROM advance_request WHERE status = 'SENT') || ' unanswered), '
    || (SELECT count(*) FROM request_event) || ' history lines'"; }
counts=$(counts_of "$db")
{
    echo "# Benchmarks (issue 6)"
    echo
    echo "Written by \`bin/benchmark.sh${1:+ $1}\` on $(date -u '+%Y-%m-%d %H:%M UTC') in $(( ($(date +%s) - run_start) / 60 )) min."
    echo "What these figures mean, what was fixed (before and after) and what is still missed: \`docs/performance.md\`."
    echo
    echo "## Machine and dataset"
    echo
    echo "- CPU: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); memory $(free -g | awk '/Mem:/ {print $2}') GiB; load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo "- $(java -version 2>&1 | head -1); Payara $(source "$here/target/versions.env" && echo "$PAYARA_VERSION") (default -Xmx512m); $(psql -XAt -d postgres -c 'SHOW server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /') on 127.0.0.1, defaults"
    echo "- Dataset \`$db\` (scale $scale): $counts"
    echo "- Floor dataset \`$empty\`: the same employers, agencies and accounts, no request"
    echo "- Digest's second dataset \`$digest_db\` (scale $digest_scale): $(counts_of "$digest_db")"
    echo "- Largest agency: id $large ($(count_of "$large") requests), staff \`$large_staff\`; small agency: id $small ($(count_of "$small") requests), staff \`$small_staff\`; worker \`$worker\` (employer $employer)"
    echo
    echo "## Submitting a request over HTTP vs pgbench"
    echo
    echo "POST /api/employers/{id}/requests (JSON, Idempotency-Key), each by a different worker whose app has"
    echo "opened its API session first (POST /api/session with the password: the login columns, not in the"
    echo "submission figures), against pgbench's one-row INSERT transaction into an indexed table of the same"
    echo "database at the same concurrency."
    echo
    echo "| concurrent | sent | ok | failed | req/s | p50 ms | p95 ms | p99 ms | pgbench TPS | ratio to pgbench | logins/s | login p50 ms |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    while IFS=$'\t' read -r c sent ok failed secs rps p50 p95 p99 lrps lp50; do
        tps=$(awk -F'\t' -v c="$c" '$1 == c {printf "%.0f", $2}' "$work/pgbench.tsv")
        ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "n/a" }')
        echo "| $c | $sent | $ok | $failed | $rps | $p50 | $p95 | $p99 | ${tps:-n/a} | $ratio | $lrps | $lp50 |"
    done < "$work/submit.tsv"
    echo
    echo "Where the server's time went while submitting at $top_level concurrent (JFR, profile settings, \`$work/submit.jfr\`):"
    echo
    bench profile "$work/submit.jfr" 12
    echo
    echo "CPU used per submission, from /proc: Payara's JVM, every PostgreSQL process, and the rest of the"
    echo "machine, mostly the load generator (its start, compiling Bench.java, included). At $top_level concurrent"
    echo "the JFR recording runs too. Machine busy: the share of all $(nproc) cores used while the load generator ran."
    echo
    echo "| concurrent | Payara ms | PostgreSQL ms | rest ms | total ms | machine busy |"
    echo "|---:|---:|---:|---:|---:|---:|"
    while read -r c n w0 p0 g0 b0 w1 p1 g1 b1; do
        awk -v c="$c" -v n="$n" -v w="$(awk -v a="$w0" -v b="$w1" 'BEGIN {print b - a}')" -v cores="$(nproc)" \
            -v p="$((p1 - p0))" -v g="$((g1 - g0))" -v b="$((b1 - b0))" -v hz="$(getconf CLK_TCK)" 'BEGIN {
            printf "| %s | %.1f | %.1f | %.1f | %.1f | %.0f %% |\n", c, p * 1000 / hz / n, g * 1000 / hz / n,
                (b - p - g) * 1000 / hz / n, b * 1000 / hz / n, 100 * b / hz / (w * cores) }'
    done < "$work/cpu.tsv"
    echo
    echo "## Tables: server-side time, full vs empty database"
    echo
    echo "Server-side time = the API's Server-Timing (from the call reaching JAX-RS, after authentication, to its answer:"
    echo "services and database), $reps calls each after 2 warm-ups. Ratio = full p50 / empty p50."
    echo
    echo "Target: ratio ≤ 2× and full p95 < 100 ms. Client p50 includes HTTP and authentication."
    echo
    echo "| operation | rows | full p50 ms | full p95 ms | empty p50 ms | empty p95 ms | ratio | target met | client p50 ms (full) |"
    echo "|---|---:|---:|---:|---:|---:|---:|:---:|---:|"
    awk -F'\t' 'NR == FNR { e50[FNR] = $3; e95[FNR] = $4; next }
        { ratio = e50[FNR] > 0 ? $3 / e50[FNR] : 0
          ok = (ratio > 0 && ratio <= 2 && $4 < 100) ? "yes" : "**no**"
          printf "| %s | %s | %s | %s | %s | %s | %.1f× | %s | %s |\n", $1, $2, $3, $4, e50[FNR], e95[FNR], ratio, ok, $5 }' \
        "$work/tables-empty.tsv" "$work/tables-full.tsv"
    echo
    echo "## Digest: the whole daily digest vs its floor"
    echo
    echo "The digest started over \`POST /api/admin/digest\` (the administrator already authenticated) and timed until the"
    echo "SMTP catcher (GreenMail, \`bin/mail-catcher.sh\`, started once, emptied before each measurement) had accepted its last digest: the end is the last"
    echo "\`sent_at\` of the run's outbox rows (written once the server answered 250 for each mail of its page; the script waits for the job's COMPLETED"
    echo "and every digest row SENT, then checks that the catcher holds exactly as many mails). Job = the batch job alone"
    echo "(reading, counting, queuing in the outbox; delivery goes on after it). Before each run the outbox's digest rows are"
    echo "deleted: a staff member gets at most one digest a Paris day. Floor = the counting query alone (DigestCountProcessor's"
    echo "grouped count of waiting requests, for every staff member the reader reads in one statement; psql \\timing,"
    echo "median of 3 after a warm-up) plus the same catcher, emptied, receiving as many mails of the median digest's"
    echo "content from a minimal raw-SMTP client (\`Bench.java smtp\`: one connection per 2 000 mails, one mail after the"
    echo "other, as MailSender's rounds)."
    echo
    echo "Target: digest ≤ 1.5× its floor (issue 12), and linear from one database to the other."
    echo
    echo "| database | staff | with the permission | digests sent | digest s | job s | floor s | query s | SMTP s | ratio | mails/s | target met |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"
    awk -F'\t' '{ floor = $7 + $8; ratio = floor > 0 ? $5 / floor : 0
          printf "| `%s` | %s | %s | %s | %.2f | %.2f | %.2f | %.3f | %.2f | %.1f× | %.1f | %s |\n", $1, $2, $3, $4, $5, $6,
              floor, $7, $8, ratio, ($5 > 0 ? $4 / $5 : 0), ((ratio > 0 && ratio <= 1.5) ? "yes" : "**no**") }' "$work/digest.tsv"
    echo
    awk -F'\t' 'NR == 1 { s1 = $2; m1 = $4; t1 = $5 } NR == 2 { s2 = $2; m2 = $4; t2 = $5 }
        END { if (t2 > 0 && s2 > 0 && m2 > 0) {
                lin = (t1 / t2) / (s1 / s2)
                printf "Linearity: %s staff against %s, %.1f× the staff (%.1f× the mails) took %.1f× the time: %.2f of linear (target ≤ 1.25: %s).\n",
                    s1, s2, s1 / s2, m1 / m2, t1 / t2, lin, (lin <= 1.25 ? "met" : "**missed**") } }' "$work/digest.tsv"
    echo
    echo "Average size on the wire of the floor's mails: $(awk -F'\t' '{ printf "%s%s bytes (%s)", (NR > 1 ? ", " : ""), $9, $1 }' "$work/digest.tsv")."
    echo
    echo "## Heap of the Payara JVM (jstat -gc every second, during the whole load)"
    echo
    echo "- full database (tables, then submissions, then the digest): $heap_full"
    echo "- empty database (tables): $heap_empty"
    echo "- digest's second database (the digest twice): $heap_digest"
    echo
} > "$out.tmp"
if [ -n "${PERF_NOTES:-}" ] && [ -f "$PERF_NOTES" ]; then cat "$PERF_NOTES" >> "$out.tmp"; fi
mv "$out.tmp" "$out"
# The report must hold every table: the three submission levels, every table operation on both
# databases, the heap. In CI this is the test (no timing is asserted), reported as JUnit XML.
problems=""
for c in $(for level in $submits; do echo "${level%:*}"; done); do
    grep -q "^| $c | [0-9]" "$out" || problems="$problems submissions at $c;"
done
[ "$(grep -c '^| [a-z].* | [0-9.]* | [0-9.]* |' "$out")" -ge "$(wc -l < "$ops")" ] || problems="$problems table operations;"
grep -q 'MiB used at peak' "$out" || problems="$problems heap;"
for d in "$db" "$digest_db"; do grep -q "^| \`$d\` | [0-9]" "$out" || problems="$problems digest on $d;"; done
grep -q '^Linearity: ' "$out" || problems="$problems digest linearity;"
if [ "$mode" = ci ]; then
    mkdir -p "$work/reports"
    {
        echo '<?xml version="1.0" encoding="UTF-8"?>'
        echo "<testsuite name=\"benchmark-ci\" tests=\"1\" failures=\"$([ -z "$problems" ] && echo 0 || echo 1)\" errors=\"0\" skipped=\"0\">"
        echo "  <testcase classname=\"bin.benchmark\" name=\"completes and writes its tables\">"
        [ -z "$problems" ] || echo "    <failure message=\"missing:$problems\"/>"
        echo "  </testcase>"
        echo "</testsuite>"
    } > "$work/reports/TEST-benchmark-ci.xml"
fi
[ -z "$problems" ] || { echo "report incomplete ($problems): $out" >&2; exit 1; }
log "report written to $out"
exit
}

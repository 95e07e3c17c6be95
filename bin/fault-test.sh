#!/usr/bin/env bash
# Fault tests of the outbox (issue 12), on WildFly nodes configured by server-config/wildfly, one
# PostgreSQL database and the real SMTP catcher (GreenMail, bin/mail-catcher.sh), which lists every
# mail it received so that mails are counted per recipient:
#   1. kill -9 of node A during the digest of >= 2 000 staff, restart, run the digest again: every
#      staff member has exactly one digest, every mail is delivered within a minute of the restart;
#   2. kill -9 of node A during a burst of 50 decisions (node B up; the unanswered ones go to B):
#      50 decision mails, none twice; B releases A's claims once A stopped beating;
#   3. SMTP down during 20 decisions, then back: 20 mails, none twice, within the retry delay;
#   4. the digest started twice the same day, on both nodes at once: one digest per staff member.
# A crash can leave one mail per delivery round accepted by the SMTP server and not yet marked (the
# mail being sent at that instant): tests 1 and 2 find those at the kill (SENDING rows the catcher
# already holds), and check that the duplicates are exactly those and at most one per round.
#
#   bin/fault-test.sh          needs advance-ear/target/advance.ear and advance-ejb/target/classes (mvn install)
#
# Ports (127.0.0.1): node A at WildFly offset FAULT_OFFSET (default 30000, HTTP 38080), node B at
# +100; catcher SMTP FAULT_OFFSET+25, API +26, listing +27. bin/test.sh's stage `faults` uses 20000
# (after the two-node stage): ports above 32768 may be taken for a moment by outgoing connections. Database FAULT_DB (default advance_f12,
# dropped and created again, filled by bin/generate-data.sh at FAULT_SCALE, default 0.125: ~2 300
# staff with the advances permission). Prints each count it checks; JUnit report in target/faults/reports/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${FAULT_DB:-advance_f12}
base=${FAULT_OFFSET:-30000}
scale=${FAULT_SCALE:-0.125}
smtp=$((base + 25))
mailapi=$((base + 26))
listing=$((base + 27))
work="$here/target/faults"
ear="$here/advance-ear/target/advance.ear"
declare -A http=([a]=$((8080 + base)) [b]=$((8180 + base))) offset=([a]=$base [b]=$((base + 100)))
retry_seconds=5    # advance.mail.retrySeconds
backoff_seconds=10 # advance.mail.backoffSeconds: the first wait after a failed attempt
gone_seconds=30    # advance.outbox.goneSeconds (the default)
rounds=3           # delivery rounds a node can run at once: advance.mail.rounds (default 2) + the retry timer's

[ -f "$ear" ] || { echo "no $ear: run mvn install first" >&2; exit 1; }
SUITE=faults
source "$here/bin/checks.sh"
finished=0
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "$1"; }
# Every mail the catcher received, one line "recipient <message-id>".
received() { curl -s -m 30 "http://127.0.0.1:$listing/received"; }
purge() { curl -s -m 10 -X POST "http://127.0.0.1:$listing/purge" >/dev/null; }
catcher() { MAIL_CATCHER_COUNTS_PORT=$listing bash "$here/bin/mail-catcher.sh" "$1" "$smtp" "$mailapi" >/dev/null; }
# Waits until a command succeeds, at most SECONDS; fails otherwise.
await() { # seconds command...
    local end=$((SECONDS + $1))
    shift
    until "$@"; do
        [ "$SECONDS" -lt "$end" ] || return 1
        sleep 0.5
    done
}
api() { # node user method path [body] -> body; HTTP status in $work/status-$$
    local node=$1 user=$2 method=$3 path=$4 body=${5:-} out
    out=$(mktemp "$work/body.XXXXXX")
    local args=(-s -m 60 -o "$out" -w '%{http_code}' -u "$user:demo" -X "$method" -H 'Content-Type: application/json')
    if [ -n "$body" ]; then args+=(--data "$body"); fi
    curl "${args[@]}" "http://127.0.0.1:${http[$node]}/advance/api/$path" >"$work/status" 2>/dev/null \
        || echo 000 >"$work/status"
    cat "$out"
    rm -f "$out"
}

pid_of() { cat "$work/node-$1.pid" 2>/dev/null || true; }
stop_node() { # node [signal]
    local pid
    pid=$(pid_of "$1")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "-${2:-TERM}" "$pid" 2>/dev/null || true
        for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    fi
    rm -f "$work/node-$1.pid"
}
cleanup() {
    local rc=$?
    if [ "$rc" != 0 ] && [ "$finished" = 0 ]; then
        failed=$((failed + 1)); cases+="  <testcase classname=\"faults\" name=\"the fault tests ran to their end\"><failure message=\"exit $rc\"/></testcase>"$'\n'
        echo "faults: stopped with status $rc after $passed checks (logs in $work)"
    fi
    report
    stop_node a
    stop_node b
    catcher stop || true
}
trap cleanup EXIT
trap 'exit 143' TERM INT # stopped from outside: a failure, reported as such

# The digest's own timer must not fire during the test: schedule it twelve hours away.
digest_at=$(TZ=Europe/Paris date -d '+12 hours' +%H:00)
new_node() { # node: a fresh base directory with the EAR
    local base_dir="$work/node-$1"
    rm -rf "$base_dir" && cp -r "$JBOSS_HOME/standalone" "$base_dir"
    rm -rf "$base_dir"/deployments/* "$base_dir"/data "$base_dir"/log "$base_dir"/tmp
    cp "$ear" "$base_dir/deployments/"
}
start_node() { # node: (re)started in the background on its base directory, same node name each time
    local node=$1
    rm -f "$work/node-$node/deployments/advance.ear.failed"
    ADVANCE_DB_URL="127.0.0.1:5432/$db" ADVANCE_SMTP_PORT=$smtp ADVANCE_DEMO=false \
    ADVANCE_BASE_URL="http://127.0.0.1:${http[$node]}/advance" ADVANCE_TIMER_REFRESH=5000 \
    JBOSS_PIDFILE="$work/node-$node.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        nohup "$JBOSS_HOME/bin/standalone.sh" -Djboss.server.base.dir="$work/node-$node" \
        -Djboss.socket.binding.port-offset="${offset[$node]}" \
        -Djboss.node.name="fault-$node" -Djboss.tx.node.id="fault-$node" \
        -Dadvance.digest.schedule="$digest_at" -Dadvance.mail.retrySeconds=$retry_seconds \
        -Dadvance.mail.backoffSeconds=$backoff_seconds -Dadvance.outbox.goneSeconds=$gone_seconds \
        >>"$work/node-$node.out" 2>&1 &
}
up() { [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:${http[$1]}/advance/login.xhtml")" = 200 ]; }
wait_deployed() { # node
    local node=$1
    for _ in $(seq 300); do
        if [ -f "$work/node-$node/deployments/advance.ear.failed" ]; then
            echo "node $node: deployment failed (see $work/node-$node/log/server.log)" >&2; return 1
        fi
        up "$node" && return 0
        sleep 0.5
    done
    echo "node $node: not up after 150 s" >&2; return 1
}

# Mails of one kind in the catcher: "count recipient" per recipient, for Message-IDs starting so.
per_recipient() { # message-id prefix (decision- or digest-)
    received | awk -v p="<$1" 'index($2, p) == 1 { n[$1]++ } END { for (r in n) print n[r], r }'
}
count_lines() { wc -l | tr -d ' '; }
# Mails a node's log says it released, for one reason (Outbox.logReleased).
logged_releases() { # node reason
    { sed -n "s/.* \\([0-9][0-9]*\\) mail(s) claimed by $2.*/\\1/p" "$work/node-$1/log/server.log" 2>/dev/null || true; } \
        | awk '{ s += $1 } END { print s + 0 }'
}
# SENDING rows of a kind whose Message-ID the catcher already holds: accepted, not marked at the kill.
accepted_unmarked() { # kind
    local ids
    ids=$(sql "SELECT message_id FROM mail_outbox WHERE state = 'SENDING' AND kind = '$1'")
    [ -n "$ids" ] || { echo 0; return; }
    received | awk '{ print $2 }' | sort -u >"$work/received-ids"
    sort -u <<<"$ids" | comm -12 - "$work/received-ids" | count_lines
}
# Staff who should get a digest: the permission and at least one request waiting in their agencies.
expected_digests() {
    sql "SELECT COUNT(DISTINCT u.id) FROM app_user u JOIN staff_agency sa ON sa.staff_id = u.id
         JOIN advance_request r ON r.agency_id = sa.agency_id AND r.status = 'SENT'
         WHERE u.advances_permission AND u.user_role = 'STAFF'"
}
digests_sent() { sql "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DIGEST' AND state = 'SENT'"; }
all_digests_sent() { [ "$(digests_sent)" = "$1" ] && [ "$(per_recipient digest- | count_lines)" = "$1" ]; }
# Requests waiting, one per worker who has had no decision mail yet, and a staff login that may decide
# each. They are refused: accepting may meet the maximum (a generated request may ask more than it).
decidable() { # how many -> lines "request login"
    sql "SELECT id, login FROM (SELECT DISTINCT ON (r.worker_id) r.id, u.login FROM advance_request r
           JOIN staff_agency sa ON sa.agency_id = r.agency_id
           JOIN app_user u ON u.id = sa.staff_id AND u.advances_permission AND u.user_role = 'STAFF'
          WHERE r.status = 'SENT' AND NOT EXISTS (SELECT 1 FROM advance_request d JOIN mail_outbox m
                ON m.request_id = d.id WHERE d.worker_id = r.worker_id)
          ORDER BY r.worker_id, r.id) x ORDER BY id LIMIT $1" | tr '|' ' '
}
decide() { # node request login -> prints "request HTTP-status"
    local out
    out=$(curl -s -m 60 -o /dev/null -w '%{http_code}' -u "$3:demo" -X POST -H 'Content-Type: application/json' \
        --data '{"comment":"fault test"}' "http://127.0.0.1:${http[$1]}/advance/api/staff/requests/$2/refuse" 2>/dev/null) \
        || out=000
    echo "$2 $out"
}
decision_mails() { # file of request ids -> "count recipient" of those requests' workers in the catcher
    local emails
    emails=$(sql "SELECT w.email FROM advance_request r JOIN app_user w ON w.id = r.worker_id
                  WHERE r.id IN ($(paste -sd, "$1"))")
    per_recipient decision- | awk 'NR == FNR { want[$1] = 1; next } ($2 in want)' <(echo "$emails") -
}

rm -rf "$work" && mkdir -p "$work"
start_all=$SECONDS
echo "== preparing WildFly, the catcher and database $db (scale $scale)"
bash "$here/bin/prepare-wildfly.sh" "$here/target/servers/wildfly-faults" "$base" >"$work/prepare.log"
export JBOSS_HOME="$here/target/servers/wildfly-faults/wildfly"
bash "$here/bin/generate-data.sh" "$db" "$scale" >"$work/generate.log" 2>&1
catcher start
new_node a
new_node b
start_node a
wait_deployed a
echo "   node A up after $((SECONDS - start_all)) s"

# ---- 1. kill -9 during the digest, restart, run it again ------------------------------------
echo "== 1. kill -9 of node A during the digest, restart, digest again"
staff=$(expected_digests)
check "the digest goes to at least 2 000 staff ($staff)" test "$staff" -ge 2000
api a admin POST admin/digest >/dev/null
check "the digest started on node A (HTTP $(cat "$work/status"))" test "$(cat "$work/status")" = 202
started=$SECONDS
# Killed half-way through the delivery: claims are held, and half the digests are still to go.
half=$((staff / 2))
enough_received() { [ "$(received | count_lines)" -ge "$half" ]; }
await 180 enough_received
kill -KILL "$(pid_of a)"
stop_node a KILL
at_kill=$(received | count_lines)
sending=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE state = 'SENDING'")
window=$(accepted_unmarked DIGEST)
queued=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DIGEST'")
echo "   killed $((SECONDS - started)) s into the digest: $at_kill mails received, $queued digests queued,"
echo "   $sending left SENDING by the dead process, $window of them already accepted by the SMTP server"
check "the kill came mid-delivery ($at_kill of $staff received)" test "$at_kill" -gt 0 -a "$at_kill" -lt "$staff"
check "at most one accepted-unmarked mail per delivery round at the kill ($window, rounds $rounds)" test "$window" -le "$rounds"
restart=$SECONDS
start_node a
wait_deployed a
up_after=$((SECONDS - restart))
up_at=$SECONDS
left=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE state = 'SENDING' AND claimed_by NOT IN (SELECT id FROM outbox_sender)")
released=$(logged_releases a "this node's earlier start")
echo "   node A up again after $up_after s; claims of its earlier start left: $left; released at its start: $released"
check "the restarted node released its earlier start's claims at once ($left left)" test "$left" = 0
api a admin POST admin/digest >/dev/null
check "the digest runs again on the restarted node (HTTP $(cat "$work/status"))" test "$(cat "$work/status")" = 202
await 60 all_digests_sent "$staff" || true
delivered_after=$((SECONDS - restart))
sending_after=$((SECONDS - up_at))
per_recipient digest- >"$work/digests-1"
twice=$(awk '$1 > 1' "$work/digests-1" | count_lines)
once=$(awk '$1 == 1' "$work/digests-1" | count_lines)
mails=$(awk '{ s += $1 } END { print s + 0 }' "$work/digests-1")
echo "   digests: $staff staff, $(digests_sent) SENT rows, $mails mails for $((once + twice)) recipients,"
echo "   $twice received twice (expected: the $window accepted-unmarked), all delivered $delivered_after s after the restart ($up_after s to start, $sending_after s to send the rest)"
check "every staff member has a digest ($((once + twice)) of $staff) and every row is SENT ($(digests_sent))" \
    test "$((once + twice))" = "$staff" -a "$(digests_sent)" = "$staff"
check "no digest twice but the accepted-unmarked mails of the kill ($twice twice, $window at the kill)" test "$twice" = "$window"
# "Within a minute of the restart": counted from the moment the restarted node answers again, so
# that what is checked is the application's (claims released at its start, the rest sent), not
# how long the JVM takes to start on a loaded machine; the time from the kill's restart is printed.
check "every mail delivered within a minute of the node's restart ($sending_after s after it was up, $delivered_after s after it was started)" \
    test "$sending_after" -le 60

# ---- 2. kill -9 during a burst of 50 decisions; node B takes over ---------------------------
echo "== 2. kill -9 of node A during a burst of 50 decisions (node B up)"
start_node b
wait_deployed b
purge
decidable 50 >"$work/burst"
cut -d' ' -f1 "$work/burst" >"$work/burst-ids"
check "50 requests to decide" test "$(count_lines <"$work/burst")" = 50
export HTTP_A=${http[a]} HTTP_B=${http[b]}
burst_decide() { # request login
    local out
    out=$(curl -s -m 60 -o /dev/null -w '%{http_code}' -u "$2:demo" -X POST -H 'Content-Type: application/json' \
        --data '{"comment":"fault test"}' "http://127.0.0.1:$HTTP_A/advance/api/staff/requests/$1/refuse" 2>/dev/null) || out=000
    echo "$1 $out"
}
export -f burst_decide
xargs -P 8 -n 2 bash -c 'burst_decide "$@"' _ <"$work/burst" >"$work/burst-answers" &
burst=$!
await 60 bash -c "[ \$(curl -s http://127.0.0.1:$listing/received | grep -c '<decision-') -ge 5 ]" || true
kill -KILL "$(pid_of a)"
wait "$burst" || true
stop_node a KILL
killed_at=$SECONDS
answered=$(awk '$2 == 200' "$work/burst-answers" | count_lines)
window=$(accepted_unmarked DECISION)
sending=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE state = 'SENDING'")
echo "   node A killed after $answered answered decisions; $sending mails left SENDING, $window of them accepted"
check "the kill came mid-burst ($answered of 50 answered)" test "$answered" -gt 0 -a "$answered" -lt 50
# What a load balancer does: the unanswered decisions go to node B (a decision A committed before it
# died is ALREADY_DECIDED there, and its mail is in the outbox anyway).
again=0
while read -r rid status; do
    [ "$status" = 200 ] && continue
    login=$(awk -v r="$rid" '$1 == r { print $2 }' "$work/burst")
    decide b "$rid" "$login" >/dev/null
    again=$((again + 1))
done <"$work/burst-answers"
decided=$(sql "SELECT COUNT(*) FROM advance_request WHERE id IN ($(paste -sd, "$work/burst-ids")) AND status = 'REFUSED'")
rows=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE request_id IN ($(paste -sd, "$work/burst-ids"))")
echo "   $again decisions sent again to node B; decided: $decided, decision mails in the outbox: $rows"
check "the 50 requests are decided, each with its mail row ($decided, $rows)" test "$decided" = 50 -a "$rows" = 50
all_burst_sent() { [ "$(decision_mails "$work/burst-ids" | count_lines)" = 50 ] \
    && [ "$(sql "SELECT COUNT(*) FROM mail_outbox WHERE request_id IN ($(paste -sd, "$work/burst-ids")) AND state = 'SENT'")" = 50 ]; }
await $((gone_seconds + 3 * retry_seconds + 30)) all_burst_sent || true
took=$((SECONDS - killed_at))
decision_mails "$work/burst-ids" >"$work/decisions-2"
twice=$(awk '$1 > 1' "$work/decisions-2" | count_lines)
got=$(count_lines <"$work/decisions-2")
by_b=$(logged_releases b "a node gone")
echo "   decision mails: $got of 50 workers reached, $twice twice, $by_b released by node B, all $took s after the kill"
check "50 decision mails delivered ($got)" test "$got" = 50
check "none twice but the accepted-unmarked ones ($twice twice, $window at the kill)" test "$twice" = "$window"
check "node B released the dead node's claims ($by_b of $sending) after its beats stopped" test "$by_b" -ge "$sending"
check "delivered within the gone timeout + rounds ($took s <= $((gone_seconds + 3 * retry_seconds + 30)) s)" \
    test "$took" -le $((gone_seconds + 3 * retry_seconds + 30))

# ---- 3. SMTP down during 20 decisions, then back -------------------------------------------
echo "== 3. SMTP down during 20 decisions on node B, then back"
start_node a # back for test 4, while this one runs on B
decidable 20 >"$work/down"
cut -d' ' -f1 "$work/down" >"$work/down-ids"
catcher stop
ok=0
while read -r rid login; do
    [ "$(decide b "$rid" "$login" | cut -d' ' -f2)" = 200 ] && ok=$((ok + 1))
done <"$work/down"
# Every mail waits for a later attempt: the one a round tried failed (attempts 1, back-off), the rest of
# its page went back untried with the same next attempt (MailSender: an attempt they did not earn).
held() { sql "SELECT COUNT(*) FROM mail_outbox WHERE request_id IN ($(paste -sd, "$work/down-ids"))
              AND state = 'PENDING' AND (attempts >= 1 OR next_attempt_at > created_at)"; }
all_held() { [ "$(held)" = 20 ]; }
await 30 all_held || true
waiting=$(held)
failed_attempts=$(sql "SELECT COALESCE(SUM(attempts), 0) FROM mail_outbox WHERE request_id IN ($(paste -sd, "$work/down-ids"))")
echo "   $ok decisions answered while SMTP was down; $waiting mails waiting for a later attempt ($failed_attempts failed attempts)"
check "20 decisions taken while SMTP was down ($ok), their 20 mails tried and waiting ($waiting, $failed_attempts attempts)" \
    test "$ok" = 20 -a "$waiting" = 20 -a "$failed_attempts" -ge 1
catcher start
back=$SECONDS
# The retry delay from now, when SMTP is back: the latest next attempt of these mails (a mail tried
# twice waits longer; one whose time came while the catcher started is due at once).
delay=$(sql "SELECT GREATEST(0, CEIL(EXTRACT(EPOCH FROM MAX(next_attempt_at) - (now() AT TIME ZONE 'UTC'))))::int
             FROM mail_outbox WHERE request_id IN ($(paste -sd, "$work/down-ids")) AND state = 'PENDING'")
delay=${delay:-0}
all_down_sent() { [ "$(decision_mails "$work/down-ids" | count_lines)" = 20 ]; }
limit=$((delay + retry_seconds + 5))
await $((limit + 30)) all_down_sent || true
took=$((SECONDS - back))
decision_mails "$work/down-ids" >"$work/decisions-3"
twice=$(awk '$1 > 1' "$work/decisions-3" | count_lines)
got=$(count_lines <"$work/decisions-3")
echo "   after SMTP came back: $got of 20 workers reached, $twice twice, in $took s (next attempt due in $delay s, then a round every $retry_seconds s)"
check "20 mails delivered ($got), none twice ($twice)" test "$got" = 20 -a "$twice" = 0
check "delivered within the retry delay ($took s <= $limit s)" test "$took" -le "$limit"

# ---- 4. digest twice the same day, on both nodes at once -----------------------------------
echo "== 4. the digest started twice, on node A and node B at once"
wait_deployed a
# A new day for the digest: today's digests forgotten, as if the job had never run.
sql "DELETE FROM mail_outbox WHERE kind = 'DIGEST'" >/dev/null
purge
staff=$(expected_digests)
starts=()
for node in a b a b; do
    api "$node" admin POST admin/digest >>"$work/start-$node" &
    starts+=($!)
done
wait "${starts[@]}" # not a bare wait: the nodes are children of this shell too
digest_started=$SECONDS
executions=$(sql "SELECT COUNT(*) FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid
                  WHERE i.jobname = 'digest'" 2>/dev/null || echo '?')
await 90 all_digests_sent "$staff" || true
took=$((SECONDS - digest_started))
per_recipient digest- >"$work/digests-4"
twice=$(awk '$1 > 1' "$work/digests-4" | count_lines)
got=$(count_lines <"$work/digests-4")
rows=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DIGEST'")
echo "   4 starts on two nodes ($executions digest executions in the job repository since test 1); $rows digest rows for $staff staff; $got reached, $twice twice, in $took s"
check "one digest row per staff member ($rows for $staff)" test "$rows" = "$staff"
check "every staff member got exactly one digest ($got reached, $twice twice)" test "$got" = "$staff" -a "$twice" = 0

finished=1
echo "faults: $passed passed, $failed failed in $((SECONDS - start_all)) s"
[ "$failed" = 0 ]

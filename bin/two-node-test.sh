#!/usr/bin/env bash
# Two WildFly nodes, one PostgreSQL, configured by the shipped server-config/wildfly scripts only.
# Shows what an administrator running a cluster relies on:
#   (a) the daily digest timer (persistent, in the shared database) fires on ONE node,
#   (b) a decision taken on node A is seen at once on node B (no stale cache),
#   (c) a node that dies loses no request (the client retries on the other node with the same
#       Idempotency-Key) and no mail (the outbox row written on A is delivered by B).
#
#   bin/two-node-test.sh            needs advance-ear/target/advance.ear (mvn install) and PostgreSQL
#
# Nodes on 127.0.0.1: A at port offset 20000 (HTTP 28080), B at 20100 (HTTP 28180); database
# TWO_NODE_DB (default advance_wf, dropped and created again); mail catcher SMTP 28025, API 28026.
# Takes about 7 minutes (TWO_NODE_DIGEST_MINUTES=4 ahead): the digest is scheduled a few minutes ahead so that both nodes are up.
# Prints "two-node: N passed, M failed" and exits non-zero on any failure. Logs in target/two-node/,
# JUnit report in target/two-node/reports/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${TWO_NODE_DB:-advance_wf}
smtp=28025
mailapi=28026
work="$here/target/two-node"
ear="$here/advance-ear/target/advance.ear"
declare -A http=([a]=28080 [b]=28180) offset=([a]=20000 [b]=20100)

[ -f "$ear" ] || { echo "no $ear: run mvn install first" >&2; exit 1; }
SUITE=two-node
source "$here/bin/checks.sh"
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "$1"; }
api() { # node user method path [body [extra curl args...]] -> body; HTTP status in $work/status
    local node=$1 user=$2 method=$3 path=$4 body=${5:-}
    local args=(-s -m 30 -o "$work/body" -w '%{http_code}' -u "$user:demo" -X "$method" -H 'Content-Type: application/json')
    if [ -n "$body" ]; then args+=(--data "$body"); fi
    shift $(($# < 5 ? $# : 5))
    curl "${args[@]}" "$@" "http://127.0.0.1:${http[$node]}/advance/api/$path" >"$work/status" 2>/dev/null \
        || echo 000 >"$work/status"
    cat "$work/body" 2>/dev/null || true
}
status() { cat "$work/status"; }

stop_node() { # node [signal]
    local pidfile="$work/node-$1.pid" pid
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "-${2:-TERM}" "$pid" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$pidfile"
}
cleanup() {
    local rc=$?
    # Stopped half-way (a node did not come up...): that is a failure, never a short green run.
    if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then
        failed=1; cases+="  <testcase classname=\"two-node\" name=\"the test ran to its end\"><failure message=\"exit $rc\"/></testcase>"$'\n'
        echo "two-node: stopped with status $rc after $passed checks (logs in $work)"
    fi
    report
    stop_node a
    stop_node b
    bash "$here/bin/mail-catcher.sh" stop "$smtp" "$mailapi" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_node() { # node: a fresh base directory with the EAR, started in the background
    local node=$1 base="$work/node-$1"
    rm -rf "$base" && cp -r "$JBOSS_HOME/standalone" "$base"
    rm -rf "$base"/deployments/* "$base"/data "$base"/log "$base"/tmp
    cp "$ear" "$base/deployments/"
    # Everything the application reads comes from the environment, as in production.
    ADVANCE_DB_URL="127.0.0.1:5432/$db" ADVANCE_SMTP_PORT=$smtp ADVANCE_DEMO=true \
    ADVANCE_BASE_URL="http://127.0.0.1:${http[$node]}/advance" ADVANCE_TIMER_REFRESH=5000 \
    JBOSS_PIDFILE="$work/node-$node.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        nohup "$JBOSS_HOME/bin/standalone.sh" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset="${offset[$node]}" \
        -Djboss.node.name="node-$node" -Djboss.tx.node.id="node-$node" \
        -Dadvance.digest.schedule="$digest_at" -Dadvance.mail.retrySeconds=5 \
        >"$work/node-$node.out" 2>&1 &
}
wait_deployed() { # node: until the EAR answers (or its deployment failed)
    local node=$1 base="$work/node-$1"
    for _ in $(seq 300); do
        if [ -f "$base/deployments/advance.ear.failed" ]; then
            echo "node $node: deployment failed (see $base/log/server.log)" >&2; return 1
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${http[$node]}/advance/login.xhtml")" = 200 ]; then
            return 0
        fi
        sleep 1
    done
    echo "node $node: not up after 300 s" >&2; return 1
}
mails_to() { # recipient -> number of mails in the catcher's inbox
    curl -s "http://127.0.0.1:$mailapi/api/user/$1/messages/INBOX" | jq 'length'
}

rm -rf "$work/reports" && mkdir -p "$work"
echo "== preparing WildFly and database $db"
bash "$here/bin/prepare-wildfly.sh" "$here/target/servers/wildfly" "${offset[a]}" >"$work/prepare.log"
export JBOSS_HOME="$here/target/servers/wildfly/wildfly"
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
bash "$here/bin/mail-catcher.sh" start "$smtp" "$mailapi" >/dev/null

# The digest at a whole minute, Paris time, late enough for both nodes to be up.
lead=${TWO_NODE_DIGEST_MINUTES:-4}
digest_epoch=$(( ($(date +%s) / 60 + lead + 1) * 60 ))
digest_at=$(TZ=Europe/Paris date -d "@$digest_epoch" +%H:%M)
echo "== starting node A, then node B (digest at $digest_at Paris)"
start_node a
wait_deployed a
start_node b
wait_deployed b
echo "   both nodes up $(( digest_epoch - $(date +%s) )) s before the digest"
check "both nodes were up before the digest fired" test "$(date +%s)" -lt "$digest_epoch"

echo "== (b) a decision on node A is seen at once on node B"
pending=$(api b agent.lyon GET 'staff/requests/pending?limit=5')
id=$(jq -r '.rows[0].id' <<<"$pending")
check "node B lists requests to process (HTTP $(status))" test "$id" != null
before=$(api b agent.lyon GET "staff/requests/$id" | jq -r '.request.status')
check "node B sees request $id as SENT first" test "$before" = SENT
api a agent.lyon POST "staff/requests/$id/accept" '{"comment":"two-node"}' >/dev/null
check "node A accepts request $id (HTTP $(status))" test "$(status)" = 200
after=$(api b agent.lyon GET "staff/requests/$id" | jq -r '.request.status')
check "node B at once sees request $id as ACCEPTED (got $after)" test "$after" = ACCEPTED
still=$(api b agent.lyon GET 'staff/requests/pending?limit=100' | jq --argjson id "$id" '[.rows[] | select(.id == $id)] | length')
check "node B no longer lists request $id to process" test "$still" = 0

echo "== (a) the digest timer fires once across the two nodes"
while [ "$(date +%s)" -lt $((digest_epoch + 45)) ]; do sleep 5; done
runs=$(sql "SELECT COUNT(*) FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid WHERE i.jobname = 'digest'")
fired_a=$(grep -c 'Digest started\|Digest already running' "$work/node-a/log/server.log" || true)
fired_b=$(grep -c 'Digest started\|Digest already running' "$work/node-b/log/server.log" || true)
echo "   digest job executions: $runs; timeouts on node A: $fired_a, node B: $fired_b"
check "the digest job ran exactly once" test "$runs" = 1
check "the timer fired on exactly one node, once" test $((fired_a + fired_b)) = 1
staff_mails=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DIGEST'")
digests_sent() { sql "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DIGEST' AND state = 'SENT'"; }
for _ in $(seq 30); do [ "$(digests_sent)" = "$staff_mails" ] && break; sleep 2; done
check "digests were written ($staff_mails) and all delivered" test "$staff_mails" -gt 0 -a "$(digests_sent)" = "$staff_mails"
inboxes=0
for to in $(sql "SELECT recipient FROM mail_outbox WHERE kind = 'DIGEST'"); do
    inboxes=$((inboxes + $(mails_to "$to")))
done
check "each staff member got one digest ($inboxes mails for $staff_mails digests)" test "$inboxes" = "$staff_mails"

echo "== (c) node A dies: no request and no mail is lost"
# Decisions on A while the SMTP server is down: their mails can only be delivered later.
bash "$here/bin/mail-catcher.sh" stop "$smtp" "$mailapi" >/dev/null
decided=()
for rid in $(api a direction.interimplus GET 'staff/requests/pending?limit=3' | jq -r '.rows[].id'); do
    api a direction.interimplus POST "staff/requests/$rid/refuse" '{"comment":"two-node down"}' >/dev/null
    [ "$(status)" = 200 ] && decided+=("$rid")
done
check "node A refused ${#decided[@]} requests while SMTP was down" test "${#decided[@]}" -ge 1
# Workers send requests alternately to both nodes; A is killed (no shutdown) in the middle.
run=$(date +%s)
sent=0
lost=0
n=0
for worker in marie.durand karim.benali lucas.petit sofia.rossi thomas.leroy ines.moreau hugo.garcia lea.fournier emma.wilson julie.martin; do
    for employer in $(api b "$worker" GET employers | jq -r '.[].id'); do
        for agency in $(api b "$worker" GET "employers/$employer/form" | jq -r '.agencies[] | select(.hasOpenRequest | not) | .id'); do
            n=$((n + 1))
            key="two-node-$run-$n"
            node=$([ $((n % 2)) = 0 ] && echo a || echo b)
            if [ "$n" = 2 ]; then
                # Node A dies while it handles this request: before or after its commit, the retry
                # on B with the same key must leave exactly one request.
                victim=$(cat "$work/node-a.pid")
                (sleep 0.2; kill -KILL "$victim") &
                killer=$!
                echo "   node A killed during request $n"
            fi
            body="{\"agencyId\":$agency,\"amount\":10.00,\"comment\":\"$key\"}"
            answer=$(api "$node" "$worker" POST "employers/$employer/requests" "$body" -H "Idempotency-Key: $key")
            if [ "$(status)" != 201 ] && [ "$(status)" != 200 ]; then
                # What a load balancer does: the same request, same key, to the node still up.
                answer=$(api b "$worker" POST "employers/$employer/requests" "$body" -H "Idempotency-Key: $key")
            fi
            if [ "$n" = 2 ]; then wait "$killer"; stop_node a; fi
            case "$(status)" in
            200 | 201) sent=$((sent + 1)) ;;
            4??) echo "   $worker at agency $agency: refused ($(jq -r '.message // .code // .' <<<"$answer" | head -c 120))" ;;
            *) lost=$((lost + 1)); echo "   $worker at agency $agency: HTTP $(status)" ;;
            esac
        done
    done
done
stored=$(sql "SELECT COUNT(*) FROM advance_request WHERE worker_comment LIKE 'two-node-$run-%'")
dupes=$(sql "SELECT COUNT(*) FROM (SELECT worker_comment FROM advance_request WHERE worker_comment LIKE 'two-node-$run-%' GROUP BY worker_comment HAVING COUNT(*) > 1) d")
echo "   requests answered: $sent, stored: $stored, unanswered: $lost"
check "node A is down" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${http[a]}/advance/login.xhtml")" = 000
check "requests were sent across the failover" test "$sent" -ge 4
check "no request failed for want of a node" test "$lost" = 0
check "every answered request is stored once" test "$stored" = "$sent" -a "$dupes" = 0
# The mail catcher comes back: node B's sender delivers what node A had queued.
bash "$here/bin/mail-catcher.sh" start "$smtp" "$mailapi" >/dev/null
ids=$(IFS=,; echo "${decided[*]}")
for _ in $(seq 75); do
    [ "$(sql "SELECT COUNT(*) FROM mail_outbox WHERE request_id IN ($ids) AND state = 'SENT'")" = "${#decided[@]}" ] && break
    sleep 2
done
check "node B delivered the ${#decided[@]} decision mails queued on node A" \
    test "$(sql "SELECT COUNT(*) FROM mail_outbox WHERE request_id IN ($ids) AND state = 'SENT'")" = "${#decided[@]}"
delivered=0
for to in $(sql "SELECT DISTINCT recipient FROM mail_outbox WHERE request_id IN ($ids)"); do
    delivered=$((delivered + $(mails_to "$to")))
done
check "each of them reached its worker once ($delivered mails)" test "$delivered" = "${#decided[@]}"

echo "two-node: $passed passed, $failed failed"
[ "$failed" = 0 ]

#!/usr/bin/env bash
# Runs every test of advance, as CI does:
#   1. unit tests (plain JUnit 5, no container);
#   2. the in-container suite (Arquillian) on a managed Payara with its embedded H2;
#   3. the same suite on Payara with PostgreSQL (127.0.0.1:5432);
#   then the stages listed below, and prints the counts of each stage and in total.
# `bin/test.sh STAGE...` runs only the named stages (the unit stage always runs: the others need its
# build); the summary then names the stages left out, and the run fails, since not every test ran.
# Prerequisites it cannot download itself (Chromium, PostgreSQL) are installed with apt-get when run as
# root, otherwise it stops with the command to run. Exit status 0 only if every test ran and passed.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

REPORTS=target/test-reports
LOGS=target/test-logs
SERVERS=target/servers
rm -rf "$REPORTS" "$LOGS" && mkdir -p "$REPORTS" "$LOGS"
MVN=(mvn -B -e -ntp)
failed_stages=()
selected=("$@")
left_out=()

require_java_and_maven
require_chromium
require_postgres

# Collects a stage's JUnit XML reports under target/test-reports/STAGE.
collect() { # STAGE DIR...
    local stage=$1; shift
    # A stage left out has no reports of its own: what lies in DIR belongs to an earlier stage.
    [[ " ${left_out[*]} " == *" $stage "* ]] && return 0
    mkdir -p "$REPORTS/$stage"
    for dir in "$@"; do
        [ -d "$dir" ] && cp "$dir"/TEST-*.xml "$REPORTS/$stage/" 2>/dev/null
    done
    return 0
}

# Runs one stage: its command's output goes to target/test-logs/STAGE.log; a failure is remembered.
stage() { # STAGE COMMAND...
    local name=$1; shift
    if [ ${#selected[@]} -gt 0 ] && [ "$name" != unit ] && [[ " ${selected[*]} " != *" $name "* ]]; then
        left_out+=("$name")
        return 0
    fi
    say "$name"
    local start=$SECONDS
    if "$@" > "$LOGS/$name.log" 2>&1; then
        echo "   ok in $((SECONDS - start)) s (log: $LOGS/$name.log)"
    else
        echo "   FAILED after $((SECONDS - start)) s; the failed tests, then the end of $LOGS/$name.log:"
        # Maven's own summary names each failed test and its message; the tail alone is its stack.
        sed -n '/^\[ERROR\] \(Failures\|Errors\):/,/^\[ERROR\] Tests run:/p' "$LOGS/$name.log" \
            | head -n 60 | sed 's/^/   | /'
        grep -E '<<< (FAILURE|ERROR)!' "$LOGS/$name.log" | head -n 20 | sed 's/^/   | /'
        tail -n 15 "$LOGS/$name.log" | sed 's/^/   | /'
        failed_stages+=("$name")
    fi
}

unit_tests() {
    "${MVN[@]}" install -DskipITs || return 1
}

# The in-container suite of advance-ejb on a Payara prepared for one database.
payara_suite() { # DB PORTBASE
    local db=$1 portbase=$2 dir="$SERVERS/payara-$1"
    if [ "$db" = postgres ]; then
        # A fresh domain too: Payara's timer service makes its table in this database only at the
        # domain's first start: a used domain would find no timer table in the fresh database.
        rm -f "$dir/.prepared"
        fresh_database advance_it || return 1
        export ADVANCE_DB=postgres ADVANCE_DB_URL=127.0.0.1:5432/advance_it
    else
        export ADVANCE_DB=h2 ADVANCE_DB_URL=
        # Only the application's H2 files: the EJB timer database beside them is created once per domain.
        rm -f "$dir/payara6/glassfish/domains/advance/lib/databases"/advance.*
    fi
    ADVANCE_SMTP_PORT=$((portbase + 25)) ADVANCE_DEMO=false bin/prepare-payara.sh "$dir" "$portbase" || return 1
    rm -rf advance-ejb/target/failsafe-reports
    "${MVN[@]}" verify -pl advance-ejb -DskipUTs -Dadvance.db="$db" \
        -Dadvance.payara.home="$ROOT/$dir/payara6" -Dadvance.payara.adminPort=$((portbase + 48))
    local rc=$?
    stop_payara "$dir" "$portbase"
    return $rc
}

stage unit unit_tests
collect unit advance-ejb/target/surefire-reports advance-web/target/surefire-reports advance-ear/target/surefire-reports

if [ ${#failed_stages[@]} -eq 0 ]; then
    stage payara-h2 payara_suite h2 20000
    collect payara-h2 advance-ejb/target/failsafe-reports
    stage payara-postgres payara_suite postgres 21000
    collect payara-postgres advance-ejb/target/failsafe-reports
fi

# ---- Further stages: each one "stage NAME function" then "collect NAME report-dirs". -----------

# The same in-container suite on a managed WildFly 37 configured by server-config/wildfly (EclipseLink
# module, PostgreSQL data source): the configuration reads ADVANCE_* from the environment at start.
wildfly_suite() { # OFFSET
    local offset=$1 dir="$SERVERS/wildfly"
    fresh_database advance_wf || return 1
    bin/prepare-wildfly.sh "$dir" "$offset" || return 1
    rm -rf advance-ejb/target/failsafe-reports
    ADVANCE_SMTP_PORT=$((offset + 25)) ADVANCE_DEMO=false "${MVN[@]}" verify -pl advance-ejb -DskipUTs -Pwildfly \
        -Dadvance.wildfly.home="$ROOT/$dir/wildfly" -Dadvance.wildfly.offset="$offset" \
        -Dadvance.wildfly.managementPort=$((9990 + offset)) -Dadvance.wildfly.dbUrl=127.0.0.1:5432/advance_wf
}

# Needs only the unit stage (the EAR and the installed modules), not the Payara stages.
if [[ " ${failed_stages[*]} " != *" unit "* ]]; then
    stage wildfly-postgres wildfly_suite 20000
    collect wildfly-postgres advance-ejb/target/failsafe-reports
    # Two WildFly nodes (offsets 20000, 20100) on one PostgreSQL: digest once, no stale read, failover.
    stage two-node bin/two-node-test.sh
    collect two-node target/two-node/reports
    # The outbox under faults (bin/fault-test.sh, issue 12): kill -9 during the digest and during a burst
    # of decisions, SMTP down, the digest from two nodes at once. In CI at the two-node stage's WildFly
    # offsets 20000/20100 (it has finished by then): every port stays below Linux's ephemeral range
    # (32768+), where an outgoing connection may hold the port a node wants to listen on.
    stage faults env FAULT_OFFSET="${FAULT_OFFSET:-20000}" bin/fault-test.sh
    collect faults target/faults/reports
fi

# The deployed EAR (advance-ear *IT, Arquillian client mode: the HTTP API and the browser journeys) on
# Payara + H2 with the demo data, then the benchmark's small run (issue 6: completes and writes its
# tables; no timing checked).
ear_suite() { # PORTBASE
    local portbase=$1 dir="$SERVERS/payara-ear"
    # A fresh domain, not only a fresh H2: the EJB timer service (the digest's timer) makes its table
    # only at its first start, so deleting the database under a used domain breaks the deployment.
    rm -f "$dir/.prepared"
    # The base URL is the server's real one: Payara's server-name (the host of its own redirects)
    # and the application's links and Origin check come from it.
    # Every test client is 127.0.0.1: the suites' hundreds of wrong passwords (throttle and login-form
    # cases) must not make one address wait for all of them. The per-login rule stays as shipped.
    ADVANCE_DB=h2 ADVANCE_DB_URL= ADVANCE_DEMO=true ADVANCE_SMTP_PORT=$((portbase + 25)) \
        ADVANCE_BASE_URL=http://127.0.0.1:$((portbase + 80))/advance ADVANCE_SIGNIN_FREE_PER_ADDRESS=100000 \
        bin/prepare-payara.sh "$dir" "$portbase" || return 1
    rm -rf advance-ear/target/failsafe-reports
    "${MVN[@]}" verify -pl advance-ear -Dadvance.payara.home="$ROOT/$dir/payara6" \
        -Dadvance.payara.adminPort=$((portbase + 48)) -Dadvance.payara.httpPort=$((portbase + 80))
    local rc=$?
    stop_payara "$dir" "$portbase"
    return $rc
}
# The same API tests on the deployed EAR on WildFly + PostgreSQL with the demo data.
wildfly_ear_suite() { # OFFSET
    local offset=$1 dir="$SERVERS/wildfly"
    fresh_database advance_wf || return 1
    bin/prepare-wildfly.sh "$dir" "$offset" || return 1
    rm -rf advance-ear/target/failsafe-reports
    ADVANCE_SMTP_PORT=$((offset + 25)) ADVANCE_BASE_URL=http://127.0.0.1:$((8080 + offset))/advance \
        ADVANCE_SIGNIN_FREE_PER_ADDRESS=100000 "${MVN[@]}" verify -pl advance-ear -Pwildfly \
        -Dadvance.wildfly.home="$ROOT/$dir/wildfly" -Dadvance.wildfly.offset="$offset" \
        -Dadvance.wildfly.managementPort=$((9990 + offset)) -Dadvance.wildfly.httpPort=$((8080 + offset)) \
        -Dadvance.wildfly.dbUrl=127.0.0.1:5432/advance_wf
}
benchmark_ci() {
    rm -rf target/perf/ci/reports
    PERF_PORTBASE=25000 bin/benchmark.sh ci
}
if [[ " ${failed_stages[*]} " != *" unit "* ]]; then
    stage payara-ear ear_suite 25000
    collect payara-ear advance-ear/target/failsafe-reports
    stage wildfly-ear wildfly_ear_suite 20000
    collect wildfly-ear advance-ear/target/failsafe-reports
    stage benchmark-ci benchmark_ci
    collect benchmark-ci target/perf/ci/reports
fi

# ---- Summary ---------------------------------------------------------------------------------
count() { # ATTRIBUTE FILES... -> sum of that attribute over the <testsuite> elements
    local attr=$1; shift
    local total=0 n
    for f in "$@"; do
        n=$(grep -o "<testsuite [^>]*>" "$f" | head -1 | grep -o " $attr=\"[0-9]*\"" | grep -o '[0-9]*')
        total=$((total + ${n:-0}))
    done
    echo $total
}
say "Summary"
all_passed=0 all_failed=0 all_skipped=0
printf '   %-22s %7s %7s %7s\n' stage passed failed skipped
for dir in "$REPORTS"/*/; do
    name=$(basename "$dir")
    files=("$dir"TEST-*.xml)
    if [ ! -e "${files[0]}" ]; then
        # A stage that ran no test proves nothing: it counts as failed.
        printf '   %-22s %7s\n' "$name" "no test"
        [[ " ${failed_stages[*]} " == *" $name "* ]] || failed_stages+=("$name")
        continue
    fi
    tests=$(count tests "${files[@]}"); failures=$(count failures "${files[@]}")
    errors=$(count errors "${files[@]}"); skipped=$(count skipped "${files[@]}")
    failed=$((failures + errors)); passed=$((tests - failed - skipped))
    printf '   %-22s %7d %7d %7d\n' "$name" "$passed" "$failed" "$skipped"
    all_passed=$((all_passed + passed)); all_failed=$((all_failed + failed)); all_skipped=$((all_skipped + skipped))
done
[ ${#failed_stages[@]} -eq 0 ] || echo "   stages that failed: ${failed_stages[*]} (logs in $LOGS)"
[ ${#left_out[@]} -eq 0 ] || echo "   stages not run (not selected): ${left_out[*]}"
[ "$all_skipped" -eq 0 ] || echo "   a skipped test is a test that did not run: this run fails"
echo
echo "total: $all_passed passed, $all_failed failed, $all_skipped skipped"
[ ${#failed_stages[@]} -eq 0 ] && [ ${#left_out[@]} -eq 0 ] && [ "$all_failed" -eq 0 ] && [ "$all_skipped" -eq 0 ] \
    && [ "$all_passed" -gt 0 ]

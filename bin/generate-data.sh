#!/usr/bin/env bash
# Fills a PostgreSQL database with a generated data set for the benchmarks (issue 6).
#
#   bin/generate-data.sh DB [SCALE]      SCALE 1 (default) = 100 employers, 2 000 agencies,
#                                        200 000 workers, 20 000 staff, 1 000 000 requests
#   bin/generate-data.sh DB 0            migrate only: the empty database the benchmark's floors use
#
# DB is dropped and recreated on 127.0.0.1:5432 (user postgres; PGHOST/PGPORT/PGUSER override),
# migrated with the EAR's own Flyway migrations, then filled by bin/perf/generate-data.sql.
# Every account's password is "demo" (one hash by the application's Pbkdf2PasswordHash settings, computed once).
# Needs `mvn install` to have run (the EJB classes and the local Maven repository's jars).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${1:?usage: generate-data.sh DB [SCALE]}
scale=${2:-1}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
classes="$here/advance-ejb/target/classes"
[ -d "$classes" ] || { echo "Build first: mvn -o -q install -DskipITs" >&2; exit 1; }
# Test scope: the hash is made by Soteria, the servers' Jakarta Security (a test dependency).
cp_file="$here/advance-ejb/target/perf-test.classpath"
if [ ! -s "$cp_file" ]; then
    for offline in -o ""; do # offline first; online when a plugin is not in the local repository yet
        (cd "$here/advance-ejb" && mvn $offline -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" \
            -Dmdep.includeScope=test >/dev/null) && break
    done
fi
# The pom's driver (postgresql.version), copied to target/server-jars/postgresql.jar.
mvn -B -q -ntp -N -f "$here/pom.xml" dependency:copy@server-jars
pg_jar="$here/target/server-jars/postgresql.jar"
classpath="$(cat "$cp_file"):$pg_jar:$classes"

start=$(date +%s)
echo "== $db: recreate"
psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
echo "== $db: migrate"
java -cp "$classpath" "$here/bin/perf/Migrate.java" "jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER" \
    "$here/advance-ejb/src/main/resources/db/migration" 2>/dev/null
if [ "$scale" != 0 ]; then
    echo "== $db: generate at scale $scale"
    hash=$(java -cp "$classpath" "$here/bin/perf/HashPassword.java" demo)
    psql -qX -d "$db" -v scale="$scale" -v hash="$hash" -f "$here/bin/perf/generate-data.sql" >/dev/null
    # The totals of the history, counted as the application counts them again (RequestTallies.rebuild).
    psql -qX -d "$db" -c "BEGIN; $(grep -v '^--' "$here/advance-ejb/src/main/resources/db/statements/tally-rebuild.sql" \
        | sed 's/$/;/') COMMIT" >/dev/null
fi
psql -qX -d "$db" -At -F ' ' -c "SELECT 'employers', count(*) FROM employer UNION ALL SELECT 'agencies', count(*) FROM agency
    UNION ALL SELECT 'workers', count(*) FROM app_user WHERE user_role = 'WORKER'
    UNION ALL SELECT 'staff', count(*) FROM app_user WHERE user_role = 'STAFF'
    UNION ALL SELECT 'requests', count(*) FROM advance_request
    UNION ALL SELECT 'unanswered', count(*) FROM advance_request WHERE status = 'SENT'
    UNION ALL SELECT 'events', count(*) FROM request_event"
echo "== $db ready in $(( $(date +%s) - start )) s"

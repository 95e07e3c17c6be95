#!/usr/bin/env bash
# Applies every script of this directory to a WildFly 37 server, in order. Idempotent: run it again
# after an upgrade of this directory. Undo with unconfigure.sh.
#
#   JBOSS_HOME           the WildFly installation                                  required
#   WILDFLY_CONTROLLER   host:port of a RUNNING server's management interface;      (unset: offline)
#                        unset, the server must be stopped and its configuration file is edited
#                        offline (jboss-cli embed-server)
#   WILDFLY_CONFIG       offline only: the configuration file                       standalone.xml
#   ECLIPSELINK_JAR      the EclipseLink jar           (unset: the versions of the project's pom.xml,
#   POSTGRESQL_JAR       the PostgreSQL JDBC driver     copied by Maven into target/server-jars)
#   ADVANCE_DB_PASSWORD  set (to anything) when the database asks for a password: the data source
#                        then reads it from ADVANCE_DB_PASSWORD at each start
#
# The scripts store ${env.ADVANCE_...:default} expressions, not values: the database, SMTP server,
# URL and demo switch are read from the environment each time the server starts (see README.md).
# Restart the server afterwards (modules are only read at start).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}"
if [ -z "${ECLIPSELINK_JAR:-}" ] || [ -z "${POSTGRESQL_JAR:-}" ]; then
    project=$(cd "$here/../.." && pwd)
    mvn -B -q -ntp -N -f "$project/pom.xml" dependency:copy@server-jars >&2 \
        || { echo "Cannot get the jars with Maven: set ECLIPSELINK_JAR and POSTGRESQL_JAR to downloaded copies" >&2; exit 1; }
    ECLIPSELINK_JAR=${ECLIPSELINK_JAR:-$project/target/server-jars/eclipselink.jar}
    POSTGRESQL_JAR=${POSTGRESQL_JAR:-$project/target/server-jars/postgresql.jar}
fi

script=$(mktemp)
jars=$(mktemp -d)
trap 'rm -rf "$script" "$jars"' EXIT
# The module's jars under the names modules/eclipselink/module.xml gives them, whatever their version:
# EclipseLink and the server's own adapter.
cp "$ECLIPSELINK_JAR" "$jars/eclipselink.jar"
cp "$JBOSS_HOME"/modules/system/layers/base/org/eclipse/persistence/main/jipijapa-eclipselink-*.jar "$jars/jipijapa-eclipselink.jar"
if [ -n "${WILDFLY_CONTROLLER:-}" ]; then
    echo "connect $WILDFLY_CONTROLLER" >> "$script"
else
    echo "embed-server --std-out=discard --server-config=${WILDFLY_CONFIG:-standalone.xml}" >> "$script"
fi
parts="eclipselink-module postgresql"
# Only the expression ${env.ADVANCE_DB_PASSWORD} is stored, never the password.
if [ -n "${ADVANCE_DB_PASSWORD:-}" ]; then parts="$parts postgresql-password"; fi
for part in $parts batch-jdbc ejb-timers mail security http application; do
    echo "echo == $part" >> "$script"
    cat "$here/$part.cli" >> "$script"
    echo >> "$script"
done
if [ -z "${WILDFLY_CONTROLLER:-}" ]; then echo "stop-embedded-server" >> "$script"; fi

log=$(mktemp)
trap 'rm -rf "$script" "$jars" "$log"' EXIT
# jboss-cli stops at the first failing command and exits non-zero: show everything then.
if ! "$JBOSS_HOME/bin/jboss-cli.sh" -Dadvance.config.dir="$here" -Declipselink.jar="$jars/eclipselink.jar" \
        -Djipijapa.jar="$jars/jipijapa-eclipselink.jar" -Dpostgresql.jar="$POSTGRESQL_JAR" --file="$script" >"$log" 2>&1; then
    cat "$log" >&2
    echo "configure.sh FAILED (see above); nothing after the failing command was applied" >&2
    exit 1
fi
grep -E '^(==|[A-Z][a-z])' "$log" || true
if [ ! -f "$JBOSS_HOME/modules/org/eclipse/persistence/main/eclipselink.jar" ]; then
    echo "configure.sh FAILED: the EclipseLink module in $JBOSS_HOME/modules/org/eclipse/persistence/main lacks eclipselink.jar" >&2
    exit 1
fi
echo "configured (restart the server)"

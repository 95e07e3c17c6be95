#!/usr/bin/env bash
# Applies every script of this directory to a WildFly 37 server, in order. Idempotent: run it again
# after an upgrade of this directory. Undo with unconfigure.sh.
#
#   JBOSS_HOME           the WildFly installation                                  required
#   WILDFLY_CONTROLLER   host:port of a RUNNING server's management interface;      (unset: offline)
#                        unset, the server must be stopped and its configuration file is edited
#                        offline (jboss-cli embed-server)
#   WILDFLY_CONFIG       offline only: the configuration file                       standalone.xml
#   ECLIPSELINK_JAR      eclipselink-4.0.9.jar         (unset: from the local Maven repository,
#   POSTGRESQL_JAR       postgresql-42.7.14.jar         downloaded by Maven when missing)
#   ADVANCE_DB_PASSWORD  set (to anything) when the database asks for a password: the data source
#                        then reads it from ADVANCE_DB_PASSWORD at each start
#
# The scripts store ${env.ADVANCE_...:default} expressions, not values: the database, SMTP server,
# URL and demo switch are read from the environment each time the server starts (see README.md).
# Restart the server afterwards (modules are only read at start).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}"
ECLIPSELINK_VERSION=4.0.9
POSTGRESQL_VERSION=42.7.14

jar() { # group artifact version -> path of the jar in the local Maven repository, fetched when missing
    local path="$HOME/.m2/repository/${1//.//}/$2/$3/$2-$3.jar"
    if [ ! -f "$path" ]; then
        mvn -q -B dependency:get -Dartifact="$1:$2:$3" -Dtransitive=false >&2 \
            || { echo "Cannot get $1:$2:$3: set ECLIPSELINK_JAR / POSTGRESQL_JAR to a downloaded copy" >&2; exit 1; }
    fi
    echo "$path"
}
ECLIPSELINK_JAR=${ECLIPSELINK_JAR:-$(jar org.eclipse.persistence eclipselink "$ECLIPSELINK_VERSION")}
POSTGRESQL_JAR=${POSTGRESQL_JAR:-$(jar org.postgresql postgresql "$POSTGRESQL_VERSION")}
jipijapa=$(ls "$JBOSS_HOME"/modules/system/layers/base/org/eclipse/persistence/main/jipijapa-eclipselink-*.jar)

script=$(mktemp)
trap 'rm -f "$script"' EXIT
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
trap 'rm -f "$script" "$log"' EXIT
# jboss-cli stops at the first failing command and exits non-zero: show everything then.
if ! "$JBOSS_HOME/bin/jboss-cli.sh" -Dadvance.config.dir="$here" -Declipselink.jar="$ECLIPSELINK_JAR" \
        -Djipijapa.jar="$jipijapa" -Dpostgresql.jar="$POSTGRESQL_JAR" --file="$script" >"$log" 2>&1; then
    cat "$log" >&2
    echo "configure.sh FAILED (see above); nothing after the failing command was applied" >&2
    exit 1
fi
grep -E '^(==|[A-Z][a-z])' "$log" || true
if [ ! -f "$JBOSS_HOME/modules/org/eclipse/persistence/main/$(basename "$ECLIPSELINK_JAR")" ]; then
    echo "configure.sh FAILED: the EclipseLink module in $JBOSS_HOME/modules/org/eclipse/persistence/main lacks $(basename "$ECLIPSELINK_JAR")" >&2
    exit 1
fi
echo "configured (restart the server)"

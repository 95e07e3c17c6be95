#!/usr/bin/env bash
# Prepares a private WildFly for development or tests: unpacks the distribution (Maven downloads it
# into the local repository the first time) into DIR/wildfly, applies server-config/wildfly/configure.sh
# offline with the pom's EclipseLink and PostgreSQL driver, and makes OFFSET
# the default port offset (HTTP 8080+OFFSET, management 9990+OFFSET; -Djboss.socket.binding.port-offset
# still overrides it).
#
#   bin/prepare-wildfly.sh DIR OFFSET
#
# The configuration holds ${env.ADVANCE_...} expressions, so the environment (ADVANCE_DB_URL,
# ADVANCE_SMTP_PORT, ADVANCE_DEMO, ADVANCE_BASE_URL...) counts when the server STARTS, not here:
#   ADVANCE_DB_URL=127.0.0.1:5432/mydb DIR/wildfly/bin/standalone.sh -Djboss.node.name=a -Djboss.tx.node.id=a
# A second call with the same settings does nothing; other settings (or changed scripts) start over.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
here=$ROOT
dir=${1:?usage: prepare-wildfly.sh DIR OFFSET}
offset=${2:?usage: prepare-wildfly.sh DIR OFFSET}
mkdir -p "$dir" && dir=$(cd "$dir" && pwd)
versions_and_server_jars
config="$here/server-config/wildfly"
settings="wildfly=$WILDFLY_VERSION eclipselink=$ECLIPSELINK_VERSION postgresql=$POSTGRESQL_VERSION offset=$offset config=$(cat "$config"/*.cli "$config"/*.sh "$config"/modules/*/* | md5sum | cut -c1-12)"
export JBOSS_HOME="$dir/wildfly"

if [ -f "$dir/.prepared" ] && [ "$(cat "$dir/.prepared")" = "$settings" ]; then
    # A run stopped half-way (Ctrl-C, a kill) can leave its deployment in the configuration, and the
    # next run's deployment of the same name is then refused as a duplicate (WFLYCTL0212).
    left=$(grep -o '<deployment name="[^"]*"' "$JBOSS_HOME/standalone/configuration/standalone.xml" \
        | sed 's/.*name="//; s/"$//' || true)
    if [ -n "$left" ]; then
        echo "Removing deployments a stopped run left in $dir: $(echo $left)"
        "$JBOSS_HOME/bin/jboss-cli.sh" --commands="embed-server --std-out=discard,$(for d in $left; do
            printf 'undeploy %s,' "$d"; done)stop-embedded-server" >/dev/null
    fi
    echo "WildFly in $dir already prepared"
    exit 0
fi

# A server still running from this directory would keep the old configuration: stop it first.
if [ -f "$dir/wildfly.pid" ] && kill -0 "$(cat "$dir/wildfly.pid")" 2>/dev/null; then
    echo "A WildFly started from $dir is running (pid $(cat "$dir/wildfly.pid")): stop it first" >&2
    exit 1
fi
rm -rf "$dir" && mkdir -p "$dir"
echo "Unpacking WildFly $WILDFLY_VERSION into $dir"
mvn_root dependency:unpack@wildfly -Dadvance.unpack.dir="$JBOSS_HOME" \
    || die "Cannot unpack WildFly $WILDFLY_VERSION: Maven needs access to Maven Central"
# The unpacking keeps the files' modes but not the folders': these hold the local management
# authentication tokens, private to the server's user as in the zip.
chmod 700 "$JBOSS_HOME"/domain/tmp/auth "$JBOSS_HOME"/standalone/tmp/auth "$JBOSS_HOME"/standalone/tmp/embedded-server/auth
ECLIPSELINK_JAR="$SERVER_JARS/eclipselink.jar" POSTGRESQL_JAR="$SERVER_JARS/postgresql.jar" bash "$config/configure.sh"
"$JBOSS_HOME/bin/jboss-cli.sh" --commands="embed-server --std-out=discard,\
/socket-binding-group=standard-sockets:write-attribute(name=port-offset,value=\"\${jboss.socket.binding.port-offset:$offset}\"),\
stop-embedded-server" >/dev/null
echo "$settings" > "$dir/.prepared"
echo "WildFly prepared in $dir (HTTP port $((8080 + offset)), management port $((9990 + offset)))"

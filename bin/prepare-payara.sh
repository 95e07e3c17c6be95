#!/usr/bin/env bash
# Prepares a private Payara for development or tests: unpacks the distribution (Maven downloads it
# into the local repository the first time) into DIR, creates the domain "advance" with every port at
# PORTBASE+n (admin +48, HTTP +80), applies server-config/payara/configure.sh with the given
# environment, and stops it again. The versions are the pom's (payara.version, postgresql.version).
#
#   bin/prepare-payara.sh DIR PORTBASE        (environment as for configure.sh: ADVANCE_DB, ...)
#
# A second call with the same settings does nothing; other settings recreate the domain.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
here=$ROOT
dir=${1:?usage: prepare-payara.sh DIR PORTBASE}
portbase=${2:?usage: prepare-payara.sh DIR PORTBASE}
mkdir -p "$dir" && dir=$(cd "$dir" && pwd)
versions_and_server_jars
export PAYARA_HOME="$dir/payara6"
export ADMIN_PORT=$((portbase + 48))
settings="payara=$PAYARA_VERSION postgresql=$POSTGRESQL_VERSION portbase=$portbase db=${ADVANCE_DB:-h2} url=${ADVANCE_DB_URL:-} smtp=${ADVANCE_SMTP_PORT:-} demo=${ADVANCE_DEMO:-} base=${ADVANCE_BASE_URL:-} free=${ADVANCE_SIGNIN_FREE_PER_ADDRESS:-} configure=$(md5sum "$here/server-config/payara/configure.sh" | cut -c1-12)"

if [ -f "$dir/.prepared" ] && [ "$(cat "$dir/.prepared")" = "$settings" ]; then
    echo "Payara in $dir already prepared"
    exit 0
fi

if [ -x "$PAYARA_HOME/bin/asadmin" ]; then
    "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" stop-domain advance >/dev/null 2>&1 || true
fi
rm -rf "$dir" && mkdir -p "$dir"
echo "Unpacking Payara $PAYARA_VERSION into $dir"
mvn_root dependency:unpack@payara -Dadvance.unpack.dir="$dir" || die "Cannot unpack Payara $PAYARA_VERSION: Maven needs access to Maven Central"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
asadmin delete-domain domain1 >/dev/null
asadmin create-domain --nopassword=true --portbase "$portbase" advance >/dev/null
# The JDBC driver for PostgreSQL goes with the domain (it is the server's, not the EAR's).
cp "$SERVER_JARS/postgresql.jar" "$PAYARA_HOME/glassfish/domains/advance/lib/"
asadmin start-domain advance >/dev/null
trap 'asadmin --port "$ADMIN_PORT" stop-domain advance >/dev/null 2>&1 || true' EXIT
# Hazelcast (Payara's clustering) gets ports of its own so that several domains can run side by side.
asadmin --port "$ADMIN_PORT" set-hazelcast-configuration --dasport $((portbase + 90)) \
    --startport $((portbase + 91)) --clustername "advance-$portbase" >/dev/null
bash "$here/server-config/payara/configure.sh"
asadmin --port "$ADMIN_PORT" stop-domain advance >/dev/null
trap - EXIT
echo "$settings" > "$dir/.prepared"
echo "Payara prepared in $dir (admin port $ADMIN_PORT, HTTP port $((portbase + 80)))"

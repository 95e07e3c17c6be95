#!/usr/bin/env bash
# Prepares a private Payara for development or tests: unpacks the distribution from the local Maven
# repository into DIR, creates the domain "advance" with every port at PORTBASE+n (admin +48, HTTP
# +80), applies server-config/payara/configure.sh with the given environment, and stops it again.
#
#   bin/prepare-payara.sh DIR PORTBASE        (environment as for configure.sh: ADVANCE_DB, ...)
#
# A second call with the same settings does nothing; other settings recreate the domain.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: prepare-payara.sh DIR PORTBASE}
portbase=${2:?usage: prepare-payara.sh DIR PORTBASE}
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$here/pom.xml")
pg_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$here/pom.xml")
export PAYARA_HOME="$dir/payara6"
export ADMIN_PORT=$((portbase + 48))
settings="payara=$version portbase=$portbase db=${ADVANCE_DB:-h2} url=${ADVANCE_DB_URL:-} smtp=${ADVANCE_SMTP_PORT:-} demo=${ADVANCE_DEMO:-} base=${ADVANCE_BASE_URL:-} free=${ADVANCE_SIGNIN_FREE_PER_ADDRESS:-} configure=$(md5sum "$here/server-config/payara/configure.sh" | cut -c1-12)"

if [ -f "$dir/.prepared" ] && [ "$(cat "$dir/.prepared")" = "$settings" ]; then
    echo "Payara in $dir already prepared"
    exit 0
fi

fetch() { # group:artifact:version:type -> path in the local repository, downloaded when missing
    local gav=$1 g a v t
    IFS=: read -r g a v t <<<"$gav"
    local path="$HOME/.m2/repository/${g//.//}/$a/$v/$a-$v.$t"
    if [ ! -f "$path" ]; then
        mvn -q -B dependency:get -Dartifact="$gav" -Dtransitive=false >&2 \
            || { echo "Cannot download $gav: Maven needs access to Maven Central" >&2; exit 1; }
    fi
    echo "$path"
}

zip=$(fetch "fish.payara.distributions:payara:$version:zip")
if [ -x "$PAYARA_HOME/bin/asadmin" ]; then
    "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" stop-domain advance >/dev/null 2>&1 || true
fi
rm -rf "$dir" && mkdir -p "$dir"
echo "Unpacking Payara $version into $dir"
unzip -q "$zip" -d "$dir"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
asadmin delete-domain domain1 >/dev/null
asadmin create-domain --nopassword=true --portbase "$portbase" advance >/dev/null
# The JDBC driver for PostgreSQL goes with the domain (it is the server's, not the EAR's).
cp "$(fetch "org.postgresql:postgresql:$pg_version:jar")" "$PAYARA_HOME/glassfish/domains/advance/lib/"
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

# Shared by bin/run.sh and bin/test.sh: prerequisites and small helpers. Source it, do not run it.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

require_java_and_maven() {
    command -v java >/dev/null || die "Java 17 is needed: install a JDK 17 (e.g. apt-get install openjdk-17-jdk)."
    command -v mvn >/dev/null || die "Maven is needed: install Maven 3.8+ (e.g. apt-get install maven)."
    local v
    v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    [ "${v:-0}" -ge 17 ] || die "Java 17 or newer is needed (found ${v:-none})."
}

# Maven on the root pom alone, for its executions that no build runs (see pom.xml): the servers, the
# jars they get from us, and target/versions.env.
mvn_root() { mvn -B -q -ntp -N -f "$ROOT/pom.xml" "$@"; }

# The versions of the pom's servers and jars as PAYARA_VERSION, WILDFLY_VERSION, ECLIPSELINK_VERSION,
# POSTGRESQL_VERSION, GREENMAIL_VERSION, and the jars in $SERVER_JARS (postgresql.jar,
# eclipselink.jar), downloaded into the local Maven repository when missing.
SERVER_JARS=$ROOT/target/server-jars
versions_and_server_jars() {
    mvn_root antrun:run@versions dependency:copy@server-jars >&2 \
        || die "Cannot get the server jars: Maven needs access to Maven Central (or them in ~/.m2)"
    source "$ROOT/target/versions.env"
}

# Installs Debian packages when we are root on a Debian-like machine; fails with a hint otherwise.
install_packages() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "Installing $*"
        if ! apt-get install -y -q "$@" >/dev/null 2>&1; then
            apt-get update -q >/dev/null 2>&1 || true
            apt-get install -y -q "$@" >/dev/null
        fi
    else
        return 1
    fi
}

require_chromium() {
    if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return 0; fi
    install_packages chromium chromium-driver \
        || die "The browser tests need Chromium and ChromeDriver: run 'sudo apt-get install chromium chromium-driver'."
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "chromium/chromedriver not found in /usr/bin after installing."
}

pg_ready() { psql -h 127.0.0.1 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; }

# PostgreSQL on 127.0.0.1:5432 with passwordless access for postgres from this machine.
require_postgres() {
    pg_ready && return 0
    if ! command -v pg_ctlcluster >/dev/null; then
        install_packages postgresql \
            || die "The PostgreSQL tests need PostgreSQL on 127.0.0.1:5432 (user postgres, no password): 'sudo apt-get install postgresql'."
    fi
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
    [ -n "$version" ] || die "PostgreSQL is installed but has no cluster: 'sudo pg_createcluster --start 15 main'."
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    if [ -w "$hba" ] && ! grep -q '^host all postgres 127.0.0.1/32 trust' "$hba"; then
        # Test machines only: the postgres user may connect from 127.0.0.1 without a password.
        sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main restart >/dev/null 2>&1 \
        || pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do pg_ready && return 0; sleep 1; done
    die "PostgreSQL does not answer on 127.0.0.1:5432 as user postgres without password."
}

# Recreates an empty database.
fresh_database() {
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $1" >/dev/null
}

# Stops a Payara domain prepared by bin/prepare-payara.sh, if it runs.
stop_payara() { # DIR PORTBASE
    local asadmin="$1/payara6/bin/asadmin"
    [ -x "$asadmin" ] && "$asadmin" --port $(($2 + 48)) stop-domain advance >/dev/null 2>&1 || true
}

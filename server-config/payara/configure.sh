#!/usr/bin/env bash
# Configures a running Payara Server 6 domain for the advance EAR. Idempotent: run it again after
# changing a setting. Undo with unconfigure.sh. Everything comes from environment variables with
# defaults, so the same script serves a laptop, CI and production:
#
#   PAYARA_HOME        Payara install (contains bin/asadmin)                 required
#   ADMIN_PORT         the domain's admin port                               4848
#   ADVANCE_DB         h2 (Payara's embedded H2) or postgres                 h2
#   ADVANCE_DB_URL     PostgreSQL: host:port/database                        127.0.0.1:5432/advance
#   ADVANCE_DB_USER / ADVANCE_DB_PASSWORD_FILE (a file holding the password) postgres / none
#   ADVANCE_SMTP_HOST / ADVANCE_SMTP_PORT                                    127.0.0.1 / 2525
#   ADVANCE_MAIL_FROM  sender address of every mail                          acomptes@advance.test
#   ADVANCE_BASE_URL   public URL of the application (links in mails)        http://127.0.0.1:8080/advance
#                      when set, its host[:port] is also the listeners' server-name (see below)
#   ADVANCE_DEMO       true loads the demo data into an empty database       false
#   ADVANCE_SIGNIN_FREE_PER_ADDRESS  wrong passwords from one address before      50
#                      its tries wait (docs/security.md; raise it behind a proxy that hides addresses)
#   ADVANCE_BIND       address every listener binds to                       127.0.0.1
#   ADVANCE_HTTP_THREADS  most HTTP requests served at once                  48
#   ADVANCE_BEHIND_PROXY  true: a reverse proxy terminates TLS in front and     false
#                      sends X-Forwarded-Proto; the scheme (hence Secure cookies) is taken from it
#
# The EAR itself names no server resource: it uses java:comp/DefaultDataSource (jdbc/__default
# here, pointed at PostgreSQL when ADVANCE_DB=postgres) and the mail session mail/advance.
set -euo pipefail

: "${PAYARA_HOME:?set PAYARA_HOME to the Payara installation}"
# Read before the default below: only a base URL given on purpose names the public host.
PUBLIC_BASE_URL=${ADVANCE_BASE_URL:-}
ADMIN_PORT=${ADMIN_PORT:-4848}
ADVANCE_DB=${ADVANCE_DB:-h2}
ADVANCE_DB_URL=${ADVANCE_DB_URL:-127.0.0.1:5432/advance}
ADVANCE_DB_USER=${ADVANCE_DB_USER:-postgres}
ADVANCE_SMTP_HOST=${ADVANCE_SMTP_HOST:-127.0.0.1}
ADVANCE_SMTP_PORT=${ADVANCE_SMTP_PORT:-2525}
ADVANCE_MAIL_FROM=${ADVANCE_MAIL_FROM:-acomptes@advance.test}
ADVANCE_BASE_URL=${ADVANCE_BASE_URL:-http://127.0.0.1:8080/advance}
ADVANCE_DEMO=${ADVANCE_DEMO:-false}
ADVANCE_SIGNIN_FREE_PER_ADDRESS=${ADVANCE_SIGNIN_FREE_PER_ADDRESS:-50}
ADVANCE_BIND=${ADVANCE_BIND:-127.0.0.1}
ADVANCE_HTTP_THREADS=${ADVANCE_HTTP_THREADS:-48}
ADVANCE_BEHIND_PROXY=${ADVANCE_BEHIND_PROXY:-false}

asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --interactive=false "$@"; }
# Runs a command whose "already exists" failure means there is nothing to do.
quietly() { asadmin "$@" >/dev/null 2>&1 || true; }
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }
jvm_option() {
    local name=$1 value=$2
    asadmin list-jvm-options | { grep -E "^-D${name}=" || true; } | while read -r old; do
        asadmin delete-jvm-options "$(printf '%s' "$old" | sed 's/:/\\:/g')" >/dev/null
    done
    asadmin create-jvm-options "$(esc "-D${name}=${value}")" >/dev/null
}

echo "== listeners on ${ADVANCE_BIND}"
cfg=configs.config.server-config
for listener in http-listener-1 http-listener-2 admin-listener; do
    asadmin set "$cfg.network-config.network-listeners.network-listener.$listener.address=$ADVANCE_BIND" >/dev/null
done
for listener in orb-listener-1 SSL SSL_MUTUAL; do
    quietly set "$cfg.iiop-service.iiop-listener.$listener.address=$ADVANCE_BIND"
done
asadmin set "$cfg.admin-service.jmx-connector.system.enabled=false" >/dev/null
quietly set "$cfg.jms-service.jms-host.default_JMS_host.host=$ADVANCE_BIND"
asadmin set-hazelcast-configuration --dasbindaddress "$ADVANCE_BIND" --interfaces "$ADVANCE_BIND" >/dev/null
jvm_option hazelcast.socket.bind.any false
jvm_option h2.bindAddress "$ADVANCE_BIND"

# A request holds its HTTP thread while it waits on the database: with Payara's default of 5
# threads, a sixth request waits for one of them to be free. As many threads as the PostgreSQL
# pool has connections.
echo "== HTTP threads: up to ${ADVANCE_HTTP_THREADS}"
asadmin set "$cfg.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=${ADVANCE_HTTP_THREADS}" >/dev/null
asadmin set "$cfg.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8" >/dev/null

# In front of the internet (issue 11), on both HTTP listeners (8080 and the TLS one, 8181):
# - no "Server: Payara Server 6.x" and no "X-Powered-By: ... Java/..." on any answer;
# - behind a proxy (ADVANCE_BEHIND_PROXY=true) the scheme comes from X-Forwarded-Proto, so that
#   request.isSecure() holds for what came in over HTTPS and the session cookie gets Secure
#   (the virtual server's session-cookie-secure is "dynamic", Payara's default, set here anyway);
#   off, the header is ignored (a client could claim HTTPS). Payara maps no X-Forwarded-For: the
#   client address the application sees is then the proxy's (see docs/security.md);
# - server-name = the public host of ADVANCE_BASE_URL, when that is set: the redirects the server
#   itself builds (/advance -> /advance/, the login page) then name that host, never the request's
#   Host header. Unset, Payara uses the Host header: set ADVANCE_BASE_URL in production.
# SameSite=Lax on the session cookie comes from the EAR (WEB-INF/glassfish-web.xml): the listener's
# own cookie-same-site switch sends the attribute twice on this Payara version.
echo "== HTTP: no Server/X-Powered-By, proxy headers ${ADVANCE_BEHIND_PROXY}, server-name from ADVANCE_BASE_URL"
server_name=""
if [ -n "$PUBLIC_BASE_URL" ]; then
    authority=${PUBLIC_BASE_URL#*://}
    authority=${authority%%/*}
    case "$authority" in
        *:*) server_name=$authority ;;
        *) if [ "${PUBLIC_BASE_URL%%://*}" = https ]; then server_name="$authority:443"; else server_name="$authority:80"; fi ;;
    esac
fi
if [ "$ADVANCE_BEHIND_PROXY" = true ]; then scheme_mapping=X-Forwarded-Proto; else scheme_mapping=""; fi
for protocol in http-listener-1 http-listener-2; do
    http="$cfg.network-config.protocols.protocol.$protocol.http"
    asadmin set "$http.xpowered-by=false" "$http.server-header=false" "$http.cookie-same-site-enabled=false" \
        "$http.scheme-mapping=$scheme_mapping" "$http.server-name=$server_name" >/dev/null
done
asadmin set "$cfg.http-service.virtual-server.server.session-cookie-secure=dynamic" \
    "$cfg.http-service.virtual-server.server.session-cookie-http-only=true" >/dev/null

echo "== database: $ADVANCE_DB"
if [ "$ADVANCE_DB" = postgres ]; then
    password=""
    if [ -n "${ADVANCE_DB_PASSWORD_FILE:-}" ]; then password=$(cat "$ADVANCE_DB_PASSWORD_FILE"); fi
    host_port=${ADVANCE_DB_URL%%/*}
    database=${ADVANCE_DB_URL#*/}
    quietly delete-jdbc-connection-pool --cascade=false AdvancePostgresPool
    props="serverName=${host_port%%:*}:portNumber=${host_port##*:}:databaseName=$(esc "$database"):user=$(esc "$ADVANCE_DB_USER")"
    # Payara insists on a password property; "()" is its notation for an empty one (trust authentication).
    if [ -n "$password" ]; then props="$props:password=$(esc "$password")"; else props="$props:password=()"; fi
    asadmin create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 48 \
        --isconnectvalidatereq=true --validationmethod auto-commit \
        --property "$props" AdvancePostgresPool >/dev/null
    asadmin set resources.jdbc-resource.jdbc/__default.pool-name=AdvancePostgresPool >/dev/null
    # Timers and batch jobs in the same database, so that every node of a deployment group sees them.
    asadmin set "$cfg.ejb-container.ejb-timer-service.timer-datasource=jdbc/__default" >/dev/null
    asadmin set-batch-runtime-configuration --datasourcelookupname jdbc/__default >/dev/null
else
    # Embedded H2 without AUTO_SERVER: no extra listener on any interface.
    asadmin set resources.jdbc-resource.jdbc/__default.pool-name=H2Pool >/dev/null
    asadmin set 'resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/advance;DB_CLOSE_DELAY=-1' >/dev/null
fi

echo "== mail session mail/advance -> ${ADVANCE_SMTP_HOST}:${ADVANCE_SMTP_PORT}"
quietly delete-javamail-resource mail/advance
asadmin create-javamail-resource --mailhost "$ADVANCE_SMTP_HOST" --mailuser advance \
    --fromaddress "$ADVANCE_MAIL_FROM" \
    --property "mail.smtp.port=${ADVANCE_SMTP_PORT}:mail.smtp.connectiontimeout=5000:mail.smtp.timeout=10000" \
    mail/advance >/dev/null
# Jakarta Mail 2.1 looks its StreamProvider up again for every part it encodes or writes (mail-api
# issue 861). Named, it is loaded by that name instead of found by a scan of the service files of
# every module, a cost paid several times for every mail (docs/mail-and-digest.md).
jvm_option jakarta.mail.util.StreamProvider org.eclipse.angus.mail.util.MailStreamProvider

echo "== application settings"
jvm_option advance.baseUrl "$ADVANCE_BASE_URL"
jvm_option advance.demo "$ADVANCE_DEMO"
jvm_option advance.signIn.freePerAddress "$ADVANCE_SIGNIN_FREE_PER_ADDRESS"
# Payara maps no X-Forwarded-For: behind the proxy the application reads the client's address from it.
jvm_option advance.behindProxy "$ADVANCE_BEHIND_PROXY"
jvm_option user.timezone UTC

echo "configured (restart the domain for listener, JVM and pool changes to take effect)"

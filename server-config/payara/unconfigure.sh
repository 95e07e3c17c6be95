#!/usr/bin/env bash
# Undoes configure.sh on a running domain: removes the mail session, the PostgreSQL pool and the
# application's JVM options, puts the HTTP thread pool back to Payara's default (2 to 5), the HTTP
# listeners' headers, proxy and server-name settings back to Payara's, and
# points jdbc/__default back at Payara's H2Pool. Listener addresses stay on 127.0.0.1 (the safe
# choice); set them back by hand if the domain must listen elsewhere.
set -euo pipefail
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara installation}"
ADMIN_PORT=${ADMIN_PORT:-4848}
asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --interactive=false "$@"; }
quietly() { asadmin "$@" >/dev/null 2>&1 || true; }

quietly undeploy advance
quietly delete-javamail-resource mail/advance
asadmin set resources.jdbc-resource.jdbc/__default.pool-name=H2Pool >/dev/null
quietly set configs.config.server-config.ejb-container.ejb-timer-service.timer-datasource=jdbc/__TimerPool
quietly set-batch-runtime-configuration --datasourcelookupname jdbc/__TimerPool
quietly delete-jdbc-connection-pool AdvancePostgresPool
quietly set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=5
quietly set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=2
# The HTTP listeners as Payara ships them: Server and X-Powered-By sent, no proxy header, no server-name.
for protocol in http-listener-1 http-listener-2; do
    http="configs.config.server-config.network-config.protocols.protocol.$protocol.http"
    quietly set "$http.xpowered-by=true" "$http.server-header=true" "$http.scheme-mapping=" "$http.server-name="
done
for name in advance.baseUrl advance.demo advance.signIn.freePerAddress advance.behindProxy; do
    asadmin list-jvm-options | { grep -E "^-D${name}=" || true; } | while read -r old; do
        asadmin delete-jvm-options "$(printf '%s' "$old" | sed 's/:/\\:/g')" >/dev/null
    done
done
echo "unconfigured (restart the domain)"

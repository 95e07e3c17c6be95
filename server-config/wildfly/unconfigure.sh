#!/usr/bin/env bash
# Undoes configure.sh: undeploys the EAR, then runs every remove-*.cli in reverse order. The database
# and its tables are left alone. Same environment as configure.sh (JBOSS_HOME, WILDFLY_CONTROLLER,
# WILDFLY_CONFIG). Restart the server afterwards.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}"

script=$(mktemp)
log=$(mktemp)
trap 'rm -f "$script" "$log"' EXIT
if [ -n "${WILDFLY_CONTROLLER:-}" ]; then
    echo "connect $WILDFLY_CONTROLLER" >> "$script"
else
    echo "embed-server --std-out=discard --server-config=${WILDFLY_CONFIG:-standalone.xml}" >> "$script"
fi
cat >> "$script" <<'CLI'
if (outcome == success) of /deployment=advance.ear:read-resource
    undeploy advance.ear
end-if
CLI
for part in application http security mail ejb-timers batch-jdbc postgresql eclipselink-module; do
    echo "echo == remove $part" >> "$script"
    cat "$here/remove-$part.cli" >> "$script"
    echo >> "$script"
done
if [ -z "${WILDFLY_CONTROLLER:-}" ]; then echo "stop-embedded-server" >> "$script"; fi

if ! "$JBOSS_HOME/bin/jboss-cli.sh" --file="$script" >"$log" 2>&1; then
    cat "$log" >&2
    echo "unconfigure.sh FAILED (see above); nothing after the failing command was undone" >&2
    exit 1
fi
grep -E '^(==|[A-Z][a-z])' "$log" || true
echo "unconfigured (restart the server)"

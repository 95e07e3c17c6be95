#!/usr/bin/env bash
# Builds advance and starts it for a first look: Payara with its embedded H2 and the demo data, a
# local mail catcher, everything on 127.0.0.1. Prints the URL and the demo logins.
#   bin/run.sh          build, start (or restart) and deploy
#   bin/run.sh stop     stop what it started
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

DIR=target/servers/payara-run
PORTBASE=${ADVANCE_PORTBASE:-8000}
HTTP=$((PORTBASE + 80))
SMTP=${ADVANCE_SMTP_PORT:-2525}
MAIL_API=${ADVANCE_MAIL_API_PORT:-8025}
URL="http://127.0.0.1:$HTTP/advance"

stop_all() {
    stop_payara "$DIR" "$PORTBASE"
    [ -x bin/mail-catcher.sh ] && bin/mail-catcher.sh stop "$SMTP" "$MAIL_API" >/dev/null 2>&1 || true
}

if [ "${1:-}" = stop ]; then
    stop_all
    echo "advance stopped."
    exit 0
fi

require_java_and_maven
stop_all

say "Building"
mvn -B -q -ntp install -DskipTests

if [ -x bin/mail-catcher.sh ]; then
    say "Starting the mail catcher (SMTP 127.0.0.1:$SMTP)"
    bin/mail-catcher.sh start "$SMTP" "$MAIL_API"
fi

say "Preparing Payara (first time: about a minute)"
ADVANCE_DB=h2 ADVANCE_DEMO=true ADVANCE_SMTP_PORT=$SMTP ADVANCE_BASE_URL="$URL" bin/prepare-payara.sh "$DIR" "$PORTBASE"

say "Starting Payara and deploying the EAR"
asadmin=("$DIR/payara6/bin/asadmin" --port $((PORTBASE + 48)) --interactive=false)
"${asadmin[@]}" start-domain advance >/dev/null
"${asadmin[@]}" deploy --force=true --name advance advance-ear/target/advance.ear >/dev/null
# start-domain returns before applications answer: wait for the login page.
for _ in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$URL/login.xhtml" || true)
    [ "$code" = 200 ] && break
    sleep 1
done
[ "$code" = 200 ] || die "advance does not answer on $URL/login.xhtml (HTTP $code); see $DIR/payara6/glassfish/domains/advance/logs/server.log"

cat <<INFO

advance is running: $URL/
  password of every demo account: demo
  temp workers : marie.durand (3 agencies, 2 employers), karim.benali, julie.martin (no hours known: ceiling),
                 lucas.petit, sofia.rossi, thomas.leroy, ines.moreau, hugo.garcia, lea.fournier, emma.wilson (English)
  agency staff : agent.lyon (Lyon 3 + Lyon 7), agent.villeurbanne, direction.interimplus (3 agencies),
                 agent.paris, agent.lille (English), stagiaire.lyon (no advances permission)
  administrator: admin
INFO
if [ -x bin/mail-catcher.sh ]; then
    echo "  mails        : http://127.0.0.1:$MAIL_API/api/user/{address}/messages/INBOX (e.g. marie.durand@advance.test)"
fi
echo "  server log   : $DIR/payara6/glassfish/domains/advance/logs/server.log"
echo "  stop with    : bin/run.sh stop"

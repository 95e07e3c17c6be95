#!/usr/bin/env bash
# A local SMTP catcher for development: GreenMail standalone, bound to 127.0.0.1, keeping every
# mail the application sends so you can read them (nothing leaves the machine).
#
#   bin/mail-catcher.sh start SMTP_PORT API_PORT   start it (no-op if already running)
#   bin/mail-catcher.sh stop  SMTP_PORT API_PORT   stop the one started with these ports
#
# Mails of a recipient: GET http://127.0.0.1:API_PORT/api/user/{email}/messages/INBOX
# (e.g. curl -s http://127.0.0.1:8026/api/user/marie.durand@advance.test/messages/INBOX).
# Point the server's mail session at SMTP_PORT (ADVANCE_SMTP_PORT for server-config and
# bin/prepare-payara.sh). The jar is the pom's (greenmail.version), copied by Maven to
# target/server-jars/greenmail-standalone.jar (downloaded into the local repository when missing).
# PID and log: target/mail-catcher-SMTP_PORT.{pid,log}. MAIL_CATCHER_COUNTS_PORT=P adds the fault
# tests' listing of every mail received (GET http://127.0.0.1:P/received; bin/perf/MailCatcher.java).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
action=${1:?usage: mail-catcher.sh start|stop SMTP_PORT API_PORT}
smtp=${2:?usage: mail-catcher.sh start|stop SMTP_PORT API_PORT}
api=${3:?usage: mail-catcher.sh start|stop SMTP_PORT API_PORT}
mkdir -p "$here/target"
pidfile="$here/target/mail-catcher-$smtp.pid"
logfile="$here/target/mail-catcher-$smtp.log"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$action" in
start)
    if running; then
        echo "Mail catcher already running (PID $(cat "$pidfile")): SMTP 127.0.0.1:$smtp, mails at http://127.0.0.1:$api/api/user/{email}/messages/INBOX"
        exit 0
    fi
    mvn -B -q -ntp -N -f "$here/pom.xml" dependency:copy@mail-catcher >&2 \
        || { echo "Cannot get GreenMail standalone: Maven needs access to Maven Central" >&2; exit 1; }
    jar="$here/target/server-jars/greenmail-standalone.jar"
    # The API's default port is 8080, the application server's: always give it one.
    # GreenMail's own main class, but through bin/perf/MailCatcher.java, which turns TCP_NODELAY on
    # for SMTP connections: else every SMTP reply waits ~40 ms for a delayed ACK (see that file).
    nohup java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" \
        -Dgreenmail.auth.disabled ${MAIL_CATCHER_COUNTS_PORT:+-Dcatcher.counts.port=$MAIL_CATCHER_COUNTS_PORT} \
        -cp "$jar" "$here/bin/perf/MailCatcher.java" >"$logfile" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
        if curl -fs "http://127.0.0.1:$api/api/configuration" >/dev/null 2>&1; then
            echo "Mail catcher started (PID $(cat "$pidfile")): SMTP 127.0.0.1:$smtp"
            echo "Read the mails of an address: curl -s http://127.0.0.1:$api/api/user/{email}/messages/INBOX"
            exit 0
        fi
        if ! running; then break; fi
        sleep 0.2
    done
    echo "Mail catcher did not start; see $logfile" >&2
    tail -20 "$logfile" >&2 || true
    exit 1
    ;;
stop)
    if running; then
        kill "$(cat "$pidfile")"
        echo "Mail catcher stopped (PID $(cat "$pidfile"))"
    else
        echo "Mail catcher not running"
    fi
    rm -f "$pidfile"
    ;;
*)
    echo "usage: mail-catcher.sh start|stop SMTP_PORT API_PORT" >&2
    exit 2
    ;;
esac

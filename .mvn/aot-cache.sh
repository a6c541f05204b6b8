#!/bin/sh
# Usage: .mvn/aot-cache.sh JAR DIR
# Trains the JVM's AOT cache (Java 25+, JEP 483/514/515) for the Spring Boot jar JAR, as Spring Boot's reference
# ("AOT Cache") describes: extracts JAR into DIR (DIR/<jar name> + DIR/lib), then runs it once from there with
# -XX:AOTCacheOutput on a scratch embedded database (DIR/training-db) until it has served /login, and stops it
# (SIGTERM, graceful shutdown); the JVM writes DIR/app.aot as it exits. The training thus covers the whole start
# up to the first served page (web server start, security filters, Vaadin's bootstrap page), not only the
# context refresh. Without curl it falls back to Spring's -Dspring.context.exit=onRefresh.
# Start afterwards with: java -XX:AOTCache=DIR/app.aot -jar DIR/<jar name>
#
# The one place the training steps live: ./run and StartupBenchmark both call this script (issue #18).
# Uses $JAVA_HOME/bin/java when JAVA_HOME is set, else java. Exit status 0 if and only if DIR/app.aot was written;
# the training log is DIR/training.log.
set -e
if [ $# -ne 2 ]; then echo "usage: $0 JAR DIR" >&2; exit 2; fi
jar="$1"; app="$2"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
rm -rf "$app"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
log="$app/training.log"
db="$app/training-db"
if command -v curl >/dev/null 2>&1; then
  "$java" -XX:AOTCacheOutput="$app/app.aot" -jar "$app/$(basename "$jar")" \
    --uppfoljning.db.data-dir="$db" --server.port=0 --management.server.port=0 >"$log" 2>&1 &
  pid=$!
  served=; n=0
  # Up to 10 minutes: a first start unpacks MariaDB and migrates the scratch schema.
  while [ -z "$served" ] && kill -0 "$pid" 2>/dev/null && [ $n -lt 1200 ]; do
    for port in $(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$log"); do
      if curl -fs -o /dev/null --max-time 10 "http://127.0.0.1:$port/login"; then served=yes; fi
    done
    [ -n "$served" ] || { sleep 0.5; n=$((n + 1)); }
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" || true
else
  "$java" -XX:AOTCacheOutput="$app/app.aot" -Dspring.context.exit=onRefresh -jar "$app/$(basename "$jar")" \
    --uppfoljning.db.data-dir="$db" --server.port=0 --management.server.port=0 >"$log" 2>&1 || true
fi
# A run that exits without closing its context (onRefresh, or a failure) leaves its MariaDB running: stop it
# through the server's pid file.
for pidfile in "$db"/*.pid; do
  [ -f "$pidfile" ] || continue
  dbpid="$(cat "$pidfile")"; kill "$dbpid" 2>/dev/null || true
  n=0; while kill -0 "$dbpid" 2>/dev/null && [ $n -lt 120 ]; do sleep 0.5; n=$((n + 1)); done
done
rm -rf "$db" "$db-base" "$db.sock"
[ -f "$app/app.aot" ]

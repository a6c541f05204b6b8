#!/usr/bin/env bash
# Follows docs/deployment.md on this machine, as a district's IT department would, and checks each step.
#
#   sudo bash src/test/deploy/deployment-test.sh [path/to/uppfoljning.jar]
#
# What it does (root needed; it creates the system user and the paths the guide names, and removes them again):
#   1. `systemd-analyze verify` on docs/deploy/uppfoljning.service (unknown keys or a missing java fail it);
#   2. "First installation": system user, /opt/uppfoljning, /etc/uppfoljning/uppfoljning.env (mode 0600);
#   3. runs the unit's ExecStart as the unit's User in its WorkingDirectory with its Environment= and
#      EnvironmentFile= (this machine has no systemd as PID 1, so systemctl cannot start it), waits for the
#      readiness probe on the management port, fetches /login and checks the production-mode log line;
#   4. stops it with SIGTERM as systemd does and checks the exit status is one the unit accepts (0 or 143);
#   5. "Faster start with the JVM's AOT cache": the guide's commands, then starts with the cache and reports
#      both start times.
# Refuses to run when /opt/uppfoljning, /etc/uppfoljning or the user already exist and are not a killed earlier run
# of this script (marked by /opt/uppfoljning/.deployment-test): not ours to touch.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR="${1:-target/uppfoljning.jar}"
UNIT="$PWD/docs/deploy/uppfoljning.service"
PORT=18080
MGMT=18081
log() { printf '%s deployment-test: %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }

[[ $EUID -eq 0 ]] || fail "run as root (it installs a system user and files under /opt and /etc)"
[[ -f "$JAR" ]] || fail "no jar at $JAR (run ./mvnw -DskipTests package)"
MARK=/opt/uppfoljning/.deployment-test
if [[ -e "$MARK" ]]; then
  log "removing what an interrupted earlier run left"
  pkill -9 -u uppfoljning 2>/dev/null || true; sleep 1
  rm -rf /opt/uppfoljning /etc/uppfoljning /var/lib/uppfoljning /etc/systemd/system/uppfoljning.service
  deluser --quiet --system uppfoljning >/dev/null 2>&1 || true
  delgroup --quiet --system uppfoljning >/dev/null 2>&1 || true
fi
for p in /opt/uppfoljning /etc/uppfoljning /var/lib/uppfoljning; do
  [[ ! -e "$p" ]] || fail "$p exists already; not touching an existing installation"
done
! id uppfoljning >/dev/null 2>&1 || fail "user uppfoljning exists already"

APP_PID=
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID" || true; fi
  pkill -9 -u uppfoljning 2>/dev/null || true
  sleep 1
  rm -rf /opt/uppfoljning /etc/uppfoljning /var/lib/uppfoljning /etc/systemd/system/uppfoljning.service \
    /tmp/uppfoljning-training*
  if id uppfoljning >/dev/null 2>&1; then deluser --quiet --system uppfoljning >/dev/null 2>&1 || true; fi
  if getent group uppfoljning >/dev/null; then delgroup --quiet --system uppfoljning >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

unit_value() { sed -n "s/^$1=//p" "$UNIT"; }
JAVA_BIN="$(unit_value ExecStart | awk '{print $1}')"

log "1. systemd-analyze verify $UNIT"
out="$(systemd-analyze verify "$UNIT" 2>&1)" || fail "systemd-analyze: $out"
[[ -z "$out" ]] || fail "systemd-analyze reports: $out"
[[ -x "$JAVA_BIN" ]] || fail "the unit's java $JAVA_BIN is not installed"

log "2. first installation as docs/deployment.md lists it"
adduser --quiet --system --group --home /var/lib/uppfoljning uppfoljning
install -d -o root -g root /opt/uppfoljning /etc/uppfoljning
touch "$MARK"
install -m 0644 "$JAR" /opt/uppfoljning/uppfoljning.jar
install -m 0600 /dev/null /etc/uppfoljning/uppfoljning.env
cat > /etc/uppfoljning/uppfoljning.env <<EOF
UPPFOLJNING_ADMIN_PASSWORD=Deploy-test-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')
UPPFOLJNING_ENQUIRIES_PUBLIC_BASE_URL=https://uppfoljning.example.se
SERVER_ADDRESS=127.0.0.1
PORT=$PORT
MANAGEMENT_PORT=$MGMT
EOF
install -m 0644 "$UNIT" /etc/systemd/system/uppfoljning.service
[[ "$(stat -c %a /etc/uppfoljning/uppfoljning.env)" == 600 ]] || fail "env file is not 0600"

# The unit's process as systemd would start it: User=, WorkingDirectory=, Environment=, EnvironmentFile=, ExecStart=.
start_as_unit() { # $1 = ExecStart command line, $2 = log file
  local envs=() line
  while IFS= read -r line; do envs+=("$line"); done < <(unit_value Environment)
  while IFS= read -r line; do [[ -z "$line" || "$line" == \#* ]] || envs+=("$line"); done \
    < /etc/uppfoljning/uppfoljning.env
  local started=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$(unit_value WorkingDirectory)" && exec runuser -u "$(unit_value User)" -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "${envs[@]}" $1) > "$2" 2>&1 &
  APP_PID=$!
  local i
  for i in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$MGMT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      START_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$2"; fail "the service exited during start"; }
    sleep 0.5
  done
  tail -30 "$2"; fail "not ready within 300 s"
}
stop_as_systemd() { # SIGTERM, then the unit's TimeoutStopSec
  local timeout; timeout="$(unit_value TimeoutStopSec)"
  kill -TERM "$APP_PID"
  local rc=0; timeout "$timeout" tail --pid="$APP_PID" -f /dev/null || fail "did not stop within ${timeout} s"
  wait "$APP_PID" || rc=$?
  APP_PID=
  [[ $rc -eq 0 || " $(unit_value SuccessExitStatus) " == *" $rc "* ]] || fail "exit status $rc is a failure for systemd"
  log "   stopped on SIGTERM, exit status $rc (accepted by the unit)"
}
check_served() { # $1 = log file
  local code; code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")"
  [[ "$code" == 200 ]] || fail "/login answered $code"
  grep -q "Vaadin is running in production mode" "$1" || fail "no production-mode line in the log"
  ! curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 || fail "actuator exposed on the public port"
  [[ "$(stat -c %U /var/lib/uppfoljning/mariadb)" == uppfoljning ]] || fail "data dir not owned by the service user"
}

EXEC="$(unit_value ExecStart)"
log "3. start as the unit: $EXEC"
start_as_unit "$EXEC" /tmp/deployment-test-first.log
check_served /tmp/deployment-test-first.log
log "   first start (new data dir) ready in ${START_SECONDS} s; /login 200, production mode, actuator not public"
stop_as_systemd
start_as_unit "$EXEC" /tmp/deployment-test-warm.log
check_served /tmp/deployment-test-warm.log
PLAIN=$START_SECONDS
log "   warm start ready in ${PLAIN} s"
stop_as_systemd

log "5. AOT cache as the guide describes"
JAVA_DIR="$(dirname "$JAVA_BIN")"
if "$JAVA_BIN" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
  # The guide's commands, with its `java` being the unit's java
  (cd /opt/uppfoljning && rm -rf app && "$JAVA_BIN" -Djarmode=tools -jar uppfoljning.jar extract --destination app)
  chown -R uppfoljning:uppfoljning /opt/uppfoljning/app   # the training run writes app.aot there
  runuser -u uppfoljning -- env -i PATH="$JAVA_DIR:/usr/bin:/bin" java -XX:AOTCacheOutput=/opt/uppfoljning/app/app.aot \
    -Dspring.context.exit=onRefresh -jar /opt/uppfoljning/app/uppfoljning.jar \
    --uppfoljning.db.data-dir=/tmp/uppfoljning-training --server.port=0 --management.server.port=0 \
    > /tmp/deployment-test-training.log 2>&1 || { tail -20 /tmp/deployment-test-training.log; fail "training run"; }
  kill "$(cat /tmp/uppfoljning-training/*.pid)" 2>/dev/null || true; rm -rf /tmp/uppfoljning-training*
  [[ -s /opt/uppfoljning/app/app.aot ]] || fail "no AOT cache written"
  AOT_EXEC="$JAVA_BIN -Xmx2g -XX:AOTCache=/opt/uppfoljning/app/app.aot -jar /opt/uppfoljning/app/uppfoljning.jar"
  start_as_unit "$AOT_EXEC" /tmp/deployment-test-aot.log
  check_served /tmp/deployment-test-aot.log
  grep -q "AOT cache" /tmp/deployment-test-aot.log && fail "the JVM reports a problem with the AOT cache"
  log "   warm start with the AOT cache ready in ${START_SECONDS} s (plain ${PLAIN} s)"
  stop_as_systemd
else
  log "   the unit's java has no AOT cache (Java < 25): step skipped"
fi
log "PASSED"

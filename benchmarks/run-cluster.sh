#!/usr/bin/env bash
# Several instances on one PostgreSQL database (issue 17; see docs/benchmarks.md). Loopback only; bounded; stops by itself.
#   PGHOST=localhost PGUSER=branchbot PGPASSWORD=branchbot bash benchmarks/run-cluster.sh [turns] [failover]
# turns     the everyday mix (问 三会一课是什么, 近期安排, 我的信息, 帮助, 签到) from MEMBERS members (default 1000),
#           the same load through nginx (round robin, no sticky sessions) to: one server on LiteDB, one instance on
#           PostgreSQL, three instances on PostgreSQL. One seeded branch (benchmarks/BranchBot.MixBench), copied into
#           PostgreSQL with `migrate-from-litedb`. wrk -t1 -c32, WARMUP then DURATION.
# failover  three instances with the default scheduler settings; a meeting whose check-in opens about a minute ahead;
#           just before it is due, the instance Quartz handed its trigger to is killed with SIGKILL; the time from the
#           due moment to the first 「签到已开始」 at the connector, beside the same measurement without a kill.
# Needs wrk, nginx and a PostgreSQL role that may create databases.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
MEMBERS=${MEMBERS:-1000}
export DURATION WARMUP MEMBERS
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)"; exit 2; }
: "${PGHOST:?set PGHOST, PGUSER and PGPASSWORD}"
source benchmarks/load-common.sh

database=bench_cluster_$$
postgres="Host=$PGHOST;Username=$PGUSER;Password=$PGPASSWORD;Database=$database;Maximum Pool Size=30"
export Security__DataKey; Security__DataKey=$(head -c 32 /dev/urandom | base64)
export Security__SigningKeyFile="$work/signing.key"
instances=()
finish() {
  for p in "${instances[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  psql -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" 2>/dev/null || true
  cleanup
}
trap finish EXIT

COUNT_TEXT=签到已开始 dotnet "$work/tools/BranchBot.LoadTools.dll" connector 3981 & pids+=($!)
wait_for http://127.0.0.1:3981/count

# start_instance NAME PORT CONNECTION [extra environment...]
start_instance() {
  local name=$1 port=$2 connection=$3; shift 3
  (cd "$work/bot" && exec env "$@" BotFramework__AllowUnauthenticated=true Logging__LogLevel__Default=Warning \
     BranchBot__InstanceName="$name" ConnectionStrings__BranchBot="$connection" Urls="http://127.0.0.1:$port" \
     dotnet BranchBot.dll) > "$work/$name.log" 2>&1 &
  instances+=($!)
  eval "pid_$name=$!"
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && return 0; sleep 0.1; done
  echo "instance $name did not start:"; tail -20 "$work/$name.log"; exit 1
}
stop_instances() {
  for p in "${instances[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  instances=()
}

# nginx PORT...: nginx on 3980 in front of the given ports, round robin
nginx_to() {
  [ -f "$work/nginx.pid" ] && { kill "$(cat "$work/nginx.pid")"; sleep 0.5; }
  mkdir -p "$work/nginx"
  { echo "worker_processes 1; pid $work/nginx.pid; error_log $work/nginx/error.log; events { worker_connections 1024; }"
    echo "http { access_log off; client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;"
    echo "  upstream bots { $(for p in "$@"; do printf 'server 127.0.0.1:%s; ' "$p"; done) keepalive 64; }"
    echo "  server { listen 127.0.0.1:3980; location / { proxy_pass http://bots; proxy_http_version 1.1; proxy_set_header Connection \"\"; } } }"
  } > "$work/nginx.conf"
  nginx -p "$work/nginx" -c "$work/nginx.conf"
  wait_listening http://127.0.0.1:3980/
}

say() { # PORT USER TEXT
  curl -sf -o /dev/null -H 'Content-Type: application/json' "http://127.0.0.1:$1/api/messages" --data-binary \
    "{\"type\":\"message\",\"id\":\"s$RANDOM$RANDOM\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:3981/\",\"text\":\"$3\",\"from\":{\"id\":\"$2\",\"name\":\"书记\"},\"recipient\":{\"id\":\"bot\"},\"conversation\":{\"id\":\"conv-$2\"},\"locale\":\"zh-CN\"}"
}

mix="问 三会一课是什么|近期安排|我的信息|帮助|签到"

turns() {
  mkdir -p "$work/lite"
  local lite="Filename=$work/lite/branchbot.db;Connection=shared"
  export ConnectionStrings__BranchBot="$lite"
  seed_branch "$MEMBERS" >/dev/null
  unset ConnectionStrings__BranchBot
  # Every member says 帮助 once (the chat address is recorded at a member's first message, a write a running branch
  # has long done), then the file is copied into PostgreSQL, so all three runs start from the same data.
  start_instance lite 3971 "$lite"
  TEXTS=帮助 wrk -t1 -c32 -d"$(( MEMBERS / 1000 + 3 ))s" -s benchmarks/commands.lua http://127.0.0.1:3971 >/dev/null
  stop_instances
  psql -d postgres -qc "CREATE DATABASE $database"
  (cd "$work/bot" && ConnectionStrings__BranchBot="$postgres" dotnet BranchBot.dll migrate-from-litedb "$work/lite/branchbot.db" | tail -1)

  echo "== the mix from $MEMBERS members through nginx, wrk -t1 -c32, warm-up $WARMUP, measured $DURATION"
  start_instance lite 3971 "$lite"
  nginx_to 3971
  TEXTS=$mix wrk_run "LiteDB, one server" http://127.0.0.1:3980
  stop_instances

  start_instance a 3971 "$postgres"
  nginx_to 3971
  TEXTS=$mix wrk_run "PostgreSQL, one instance" http://127.0.0.1:3980
  stop_instances

  start_instance a 3971 "$postgres"; start_instance b 3972 "$postgres"; start_instance c 3973 "$postgres"
  nginx_to 3971 3972 3973
  TEXTS=$mix wrk_run "PostgreSQL, three instances" http://127.0.0.1:3980
  stop_instances
}

# spoken_time EPOCH: as a secretary types it, with the part of the day (a bare 3点 is read as the afternoon)
spoken_time() {
  local hour minute day period
  hour=$(TZ=Asia/Shanghai date -d "@$1" +%-H); minute=$(TZ=Asia/Shanghai date -d "@$1" +%M); day=$(TZ=Asia/Shanghai date -d "@$1" +"%-m月%-d日")
  if [ "$hour" -lt 6 ]; then period=凌晨; elif [ "$hour" -lt 12 ]; then period=上午; elif [ "$hour" -lt 13 ]; then period=中午
  elif [ "$hour" -lt 18 ]; then period=下午; hour=$((hour - 12)); else period=晚上; hour=$((hour - 12)); fi
  echo "$day$period${hour}点${minute}分"
}

# One meeting event's delay: arrange a 支委会 whose check-in opens at the next whole minute at least 50 s ahead, and
# (KILL=1) kill the instance holding its trigger in the last 3 s before (as soon as one has taken it); prints the delay from the due moment to the first notice.
event_delay() {
  local now due start local_start before
  now=$(date +%s)
  due=$(( (now + 50 + 59) / 60 * 60 ))
  start=$(( due + 1800 ))
  local_start=$(spoken_time "$start")
  say 3971 u0 "安排 支委会 $local_start 三楼会议室"
  say 3972 u0 "确认"
  before=$(curl -sf http://127.0.0.1:3981/matching)
  while [ "$(date +%s)" -lt $(( due - 3 )) ]; do sleep 0.2; done
  if [ "${KILL:-0}" = 1 ]; then
    local holder=""
    while [ -z "$holder" ] && [ "$(date +%s)" -lt "$due" ]; do
      holder=$(psql -d "$database" -tAc "SELECT instance_name FROM qrtz_fired_triggers WHERE trigger_group = 'meetings' LIMIT 1")
      [ -z "$holder" ] && sleep 0.1
    done
    if [ -z "$holder" ]; then echo "no instance had taken the trigger when it was due"; return; fi
    local victim; victim=$(eval echo "\$pid_$holder"); kill -9 "$victim"; wait "$victim" 2>/dev/null || true
    echo -n "killed instance $holder (it held the trigger); "
  fi
  while [ "$(curl -sf http://127.0.0.1:3981/matching)" = "$before" ]; do
    sleep 0.1
    [ "$(date +%s)" -gt $(( due + 120 )) ] && { echo "no notice within 120 s"; return; }
  done
  echo "first 「签到已开始」 $(python3 -c "import time; print(f'{time.time() - $due:.1f}')") s after it was due"
}

failover() {
  # A roster with a 书记 (u0) only if the turns scenario did not make one.
  if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    psql -d postgres -qc "CREATE DATABASE $database"
    write_roster 50 1; sed -i '2s/党员0,党员/党员0,书记/' "$work/roster.csv"
    (cd "$work/bot" && ConnectionStrings__BranchBot="$postgres" dotnet BranchBot.dll roster import "$work/roster.csv" >/dev/null)
  fi
  start_instance a 3971 "$postgres"; start_instance b 3972 "$postgres"; start_instance c 3973 "$postgres"
  echo "== scheduler failover, three instances, default settings (check-in every 5 s, missed after 5 s more, idle wait 10 s)"
  echo -n "no instance killed: "; KILL=0 event_delay
  echo -n "with a kill: "; KILL=1 event_delay
  stop_instances
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB RAM, $(dotnet --version); PostgreSQL $(psql -d postgres -tAc 'SHOW server_version'); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in "${@:-turns failover}"; do
  for one in $scenario; do
    case "$one" in
      turns) turns ;;
      failover) failover ;;
    esac
  done
done

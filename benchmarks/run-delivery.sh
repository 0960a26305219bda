#!/usr/bin/env bash
# Delivery engine benchmark (see docs/benchmarks.md). Loopback only; bounded in time; stops by itself.
#   bash benchmarks/run-delivery.sh [a|b|c|d ...]     default: all four
# The real server (its DeliveryWorker) sends an outbox batch prepared in its database file by
# BranchBot.DeliveryBench to the loopback connector of BranchBot.LoadTools, which counts per conversation.
#   a  10,000 recipients, unthrottled connector, MaxPerSecond 0: sustained messages/s (target >= 1,000)
#   b  1,000 recipients, MaxPerSecond 50: measured rate (target within 5% of 50)
#   c  every 10th call answered 429 + Retry-After: 1: all delivered, zero duplicates
#   d  10,000 recipients, kill -9 halfway, restart: zero lost, duplicates <= concurrency, all accounted for
#   w  企业微信: 1,000 members bound by UserID, every 10th message/send answered errcode 45009: each delivered once
#   W  企业微信: 10,000 members, unthrottled: sustained messages/s over message/send
#   t  钉钉: 1,000 members bound by staff id, every 10th batchSend answered 403 QpsLimitForApi: each delivered once
#   T  钉钉: 10,000 members, unthrottled: sustained messages/s over batchSend
# The platform stand-ins are the same loopback tool (its /cgi-bin and /v1.0 routes); the server is configured with
# WeCom:* or DingTalk:* settings and that tool as the ApiBaseUrl.
# POSTGRES=1 (with PGHOST, PGUSER, PGPASSWORD of a role that may create databases) runs a, b and c on PostgreSQL, each
# in a fresh database dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTION=${CONNECTION:-shared}     # LiteDB connection mode: shared (the server's default) or direct
CONCURRENCY=${CONCURRENCY:-16}
THROTTLED_COUNT=${THROTTLED_COUNT:-500}
POSTGRES=${POSTGRES:-0}
CONNECTOR_PORT=3991
BOT_PORT=3992
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/BranchBot -c Release -o "$work/bot" -v q -nologo >/dev/null
dotnet publish benchmarks/BranchBot.LoadTools -c Release -o "$work/tools" -v q -nologo >/dev/null
dotnet publish benchmarks/BranchBot.DeliveryBench -c Release -o "$work/bench" -v q -nologo >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB RAM, $(dotnet --version); LiteDB $CONNECTION mode; MaxConcurrency $CONCURRENCY"

wait_for() { for _ in $(seq 1 2000); do curl -sf -o /dev/null "$1" && return 0; sleep 0.01; done; return 1; }
stat() { curl -sf "http://127.0.0.1:$CONNECTOR_PORT/stats" | python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
bench() { (cd "$work" && dotnet "$work/bench/BranchBot.DeliveryBench.dll" "$@"); }

start_connector() { # THROTTLE_EVERY
  dotnet "$work/tools/BranchBot.LoadTools.dll" connector "$CONNECTOR_PORT" "$1" & connector=$!; pids+=($connector)
  wait_for "http://127.0.0.1:$CONNECTOR_PORT/count"
}
database() { # NAME: the connection string of the scenario's database
  if [ "$POSTGRES" = 1 ]; then
    echo "Host=$PGHOST;Username=$PGUSER;Password=$PGPASSWORD;Database=bench_$1_$$"
  else
    echo "Filename=$work/$1.db;Connection=$CONNECTION"
  fi
}
channel_settings() { # CHANNEL: the environment that switches the server's platform channel on
  local api="http://127.0.0.1:$CONNECTOR_PORT"
  case "$1" in
    wecom) echo "WeCom__CorpId=wwbench WeCom__AgentId=1000002 WeCom__Secret=bench-secret WeCom__Token=benchToken WeCom__EncodingAESKey=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG WeCom__ApiBaseUrl=$api" ;;
    dingtalk) echo "DingTalk__AppKey=dingbench DingTalk__AppSecret=bench-secret DingTalk__RobotCode=dingbench DingTalk__ApiBaseUrl=$api" ;;
    *) echo "" ;;
  esac
}
start_bot() { # CONNECTION_STRING MAX_PER_SECOND [CHANNEL]
  local settings; settings=$(channel_settings "${3:-emulator}")
  # shellcheck disable=SC2086
  (cd "$work/bot" && { [ -z "$settings" ] || export $settings; } && ConnectionStrings__BranchBot="$1" Broadcast__MaxPerSecond="$2" \
     Security__DataKey="$(head -c 32 /dev/urandom | base64)" Security__SigningKeyFile="$work/signing.key" \
     Broadcast__MaxConcurrency="$CONCURRENCY" MicrosoftAppId= Logging__LogLevel__Default=Error \
     exec dotnet BranchBot.dll --urls "http://127.0.0.1:$BOT_PORT") & bot=$!; pids+=($bot)
}
wait_received() { # COUNT SECONDS
  local deadline=$((SECONDS + $2))
  while [ "$(stat received)" -lt "$1" ] && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
}
wait_quiet() { # until the count has not moved for 3 s
  local last=-1 now
  while now=$(stat received); [ "$now" != "$last" ]; do last=$now; sleep 3; done
}
rate() { curl -sf "http://127.0.0.1:$CONNECTOR_PORT/stats" | python3 -c "
import json,sys; s=json.load(sys.stdin); span=(s['lastMs']-s['firstMs'])/1000
print(f\"{s['received']} received in {span:.2f} s from first to last: {(s['received']-1)/span:.1f} messages/s; {s['duplicates']} duplicates, {s['throttled']} answered 429\")"; }
stop() { kill "$bot" 2>/dev/null || true; wait "$bot" 2>/dev/null || true; kill "$connector"; wait "$connector" 2>/dev/null || true; }

scenario() { # NAME COUNT MAX_PER_SECOND THROTTLE_EVERY [CHANNEL]
  local db url="http://127.0.0.1:$CONNECTOR_PORT/" channel="${5:-emulator}"
  db=$(database "$1")
  [ "$POSTGRES" = 1 ] && psql -d postgres -qc "CREATE DATABASE bench_$1_$$"
  start_connector "$4"
  bench seed "$db" "$url" "$2" "bench:$1" "$channel" >/dev/null
  start_bot "$db" "$3" "$channel"
  wait_received "$2" 1200
  echo "[$1] $2 recipients on $channel, MaxPerSecond $3, throttle every ${4}th call: $(rate)"
  kill "$bot"; wait "$bot" 2>/dev/null || true
  bench report "$db" "$url" "bench:$1" "$channel" | sed "s/^/[$1] /"
  kill "$connector"; wait "$connector" 2>/dev/null || true
  [ "$POSTGRES" = 1 ] && psql -d postgres -qc "DROP DATABASE bench_$1_$$ WITH (FORCE)"
  true
}

crash() {
  local db="$work/d.db" url="http://127.0.0.1:$CONNECTOR_PORT/"
  start_connector 0
  bench seed "Filename=$db;Connection=$CONNECTION" "$url" 10000 "bench:d" >/dev/null
  start_bot "Filename=$db;Connection=$CONNECTION" 0
  wait_received 5000 300
  kill -9 "$bot"; wait "$bot" 2>/dev/null || true
  echo "[d] kill -9 after $(stat received) messages at the connector"
  start_bot "Filename=$db;Connection=$CONNECTION" 0
  wait_quiet
  echo "[d] after restart: $(rate)"
  kill "$bot"; wait "$bot" 2>/dev/null || true
  bench report "Filename=$db;Connection=$CONNECTION" "$url" "bench:d" | sed "s/^/[d] /"
  kill "$connector"; wait "$connector" 2>/dev/null || true
}

for s in "${@:-a b c d}"; do
  for one in $s; do
    case "$one" in
      a) scenario a 10000 0 0 ;;
      b) scenario b 1000 50 0 ;;
      c) scenario c "$THROTTLED_COUNT" 0 10 ;;
      d) crash ;;
      w) scenario w 1000 0 10 wecom ;;
      W) scenario W 10000 0 0 wecom ;;
      t) scenario t 1000 0 10 dingtalk ;;
      T) scenario T 10000 0 0 dingtalk ;;
    esac
  done
done

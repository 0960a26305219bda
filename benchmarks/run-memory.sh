#!/usr/bin/env bash
# Memory under the everyday mix (see docs/benchmarks.md, "Memory under load"): does resident memory come back, and
# does the managed heap after a forced full GC stay flat from run to run? Loopback only; bounded; stops by itself.
#   bash benchmarks/run-memory.sh              Server GC (the ASP.NET default), then Workstation GC
# Needs wrk (apt-get install wrk) and the dotnet-gcdump and dotnet-counters tools (dotnet tool install).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=${TOOLS:-/tmp/tools}
[ -x "$TOOLS/dotnet-gcdump" ] && [ -x "$TOOLS/dotnet-counters" ] || {
  echo "install the tools: dotnet tool install dotnet-gcdump --tool-path $TOOLS; dotnet tool install dotnet-counters --tool-path $TOOLS"; exit 2; }

RUNS=${RUNS:-4}
DURATION=${DURATION:-30s}
MEMBERS=${MEMBERS:-1000}
export MEMBERS
source benchmarks/load-common.sh

write_roster "$MEMBERS" 10
dotnet "$work/tools/BranchBot.LoadTools.dll" connector 3981 & pids+=($!)
wait_for http://127.0.0.1:3981/count

# Forces a full, compacting GC (a heap dump needs one), then reads what the GC itself reports after it: the managed
# heap (all generations) and the memory the GC keeps committed, in MB.
heap_after_gc() {
  "$TOOLS/dotnet-gcdump" collect -p "$1" -o "$work/heap.gcdump" >/dev/null 2>&1 || true
  rm -f "$work/heap.gcdump" "$work/counters.csv"
  "$TOOLS/dotnet-counters" collect -p "$1" --counters System.Runtime --format csv -o "$work/counters.csv" --duration 00:00:00:04 >/dev/null 2>&1 || true
  awk -F, '/last_collection.heap.size/ {v[$3]=$NF} /last_collection.memory.committed_size/ {c=$NF}
    END {t=0; for (k in v) t+=v[k]; printf "heap %.0f MB, GC committed %.0f MB", t/1048576, c/1048576}' "$work/counters.csv"
}

measure() {
  local mode=$1 server=$2
  # A folder per run: a database file that vanished beside its key file is refused at start (docs/backup.md).
  mkdir -p "$work/$mode"
  export ConnectionStrings__BranchBot="Filename=$work/$mode/branchbot.db;Connection=shared"
  (cd "$work/bot" && dotnet BranchBot.dll roster import "$work/roster.csv" >/dev/null)
  (cd "$work/bot" && DOTNET_gcServer=$server BotFramework__AllowUnauthenticated=true Logging__LogLevel__Default=Warning Urls=http://127.0.0.1:3978 exec dotnet BranchBot.dll) > "$work/bot.log" 2>&1 & local bot=$!
  pids+=($bot)
  wait_for http://127.0.0.1:3978/healthz
  sleep 5
  echo "== $mode GC: idle RSS $(rss $bot) MB; after a forced GC: $(heap_after_gc $bot)"
  for run in $(seq 1 "$RUNS"); do
    TEXTS="问 三会一课是什么|近期安排|我的信息|帮助|签到" wrk -t1 -c32 -d"$DURATION" -s benchmarks/commands.lua http://127.0.0.1:3978 > "$work/wrk.txt"
    local rate; rate=$(awk '/Requests\/sec/ {print int($2)}' "$work/wrk.txt")
    local after; after=$(rss $bot)
    local heap; heap=$(heap_after_gc $bot)
    echo "run $run: ${rate} turns/s; RSS after the run ${after} MB; after a forced GC: ${heap}; RSS then $(rss $bot) MB"
  done
  sleep 30
  echo "idle 30 s later: RSS $(rss $bot) MB; after a forced GC: $(heap_after_gc $bot)"
  kill "$bot"; wait "$bot" 2>/dev/null || true
}

measure Server 1
measure Workstation 0

#!/usr/bin/env bash
# Load test of POST /api/messages (see docs/benchmarks.md). Loopback only; bounded in time; stops by itself.
#   bash benchmarks/run-messages.sh            BranchBot, then the minimal C# endpoint, 10 s each after 5 s warm-up
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNECTION=${CONNECTION:-shared}   # LiteDB connection mode of the bot under test: shared (the default) or direct
source benchmarks/load-common.sh

# 200 members bound to the load script's chat accounts, so every turn is a member's 帮助.
write_roster 200 5
export ConnectionStrings__BranchBot="Filename=$work/branchbot.db;Connection=$CONNECTION"
(cd "$work/bot" && dotnet BranchBot.dll roster import "$work/roster.csv" >/dev/null)

dotnet "$work/tools/BranchBot.LoadTools.dll" connector 3981 & pids+=($!)
wait_for http://127.0.0.1:3981/count

start=$(date +%s%N)
(cd "$work/bot" && BotFramework__AllowUnauthenticated=true Logging__LogLevel__Default=Warning Urls=http://127.0.0.1:3978 exec dotnet BranchBot.dll) > "$work/bot.log" 2>&1 & bot=$!; pids+=($bot)
wait_for http://127.0.0.1:3978/healthz
ready=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 5
idle_rss=$(rss $bot)
echo "BranchBot ready in ${ready} ms; idle RSS ${idle_rss} MB"

replies() { curl -s http://127.0.0.1:3981/count; }

run() {
  wrk -t1 -c32 -d5s -s benchmarks/messages.lua "$1" >/dev/null
  local before; before=$(replies)
  wrk -t1 -c32 -d"$DURATION" --latency -s benchmarks/messages.lua "$1" | tee "$work/wrk.txt"
  local after; after=$(replies)
  local requests; requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
  echo "replies posted to the connector: $((after - before)) for ${requests} requests; non-2xx answers: ${non2xx:-0}"
}

echo "== BranchBot /api/messages (帮助, 200 users, 32 connections, LiteDB $CONNECTION mode)"
run http://127.0.0.1:3978
echo "BranchBot RSS after load: $(rss $bot) MB"
kill "$bot"; wait "$bot" 2>/dev/null || true

dotnet "$work/tools/BranchBot.LoadTools.dll" minimal-bot 3982 http://127.0.0.1:3981/ & pids+=($!)
wait_listening http://127.0.0.1:3982/
echo "== minimal C# endpoint (parse, post one reply)"
run http://127.0.0.1:3982

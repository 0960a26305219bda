#!/usr/bin/env bash
# The 签到 burst and the console's pages (issue 14; see docs/benchmarks.md, "Everyday commands and the mix"). Loopback
# only; bounded in time; stops by itself.
#   bash benchmarks/run-burst.sh [MEMBERS ...]     default: 1000
# Per size: the seeded branch of run-commands.sh (a year of meetings, a 党员大会 checking in now), every member says 帮助
# once (the chat address a running branch has long had), then every member sends 签到 once, started evenly over
# 10 s (BURST_SECONDS), at most 64 at a time, and again on a fresh copy as fast as 64 at a time allow; the connector
# counts the replies saying 签到成功. Then the 书记 asks for 控制台, the script opens the link's sign-in page, presses its
# button a second later and times 20 GETs of /console/overview and /console/ledger each (curl, loopback: the time is the
# server's; the first GET of each is the first after the restart that began the run).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/load-common.sh
BURST_SECONDS=${BURST_SECONDS:-10}

COUNT_TEXT=签到成功 KEEP_TEXT=console/login dotnet "$work/tools/BranchBot.LoadTools.dll" connector 3981 & pids+=($!)
wait_for http://127.0.0.1:3981/count

start_bot() {
  (cd "$work/bot" && BotFramework__AllowUnauthenticated=true Logging__LogLevel__Default=Warning Urls=http://127.0.0.1:3978 exec dotnet BranchBot.dll) > "$work/bot.log" 2>&1 & bot=$!; pids+=($bot)
  wait_for http://127.0.0.1:3978/healthz
  TEXTS=帮助 wrk -t1 -c32 -d"$(( MEMBERS / 1000 + 3 ))s" -s benchmarks/commands.lua http://127.0.0.1:3978 >/dev/null
}

confirmed() { curl -sf http://127.0.0.1:3981/matching; }

echo "machine: $(nproc) cores, $(dotnet --version); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
for members in "${@:-1000}"; do
  export MEMBERS=$members
  mkdir -p "$work/m$members"
  export ConnectionStrings__BranchBot="Filename=$work/m$members/branchbot.db;Connection=shared"
  seed_branch "$members"
  rm -rf "$work/seeded"; cp -r "$work/m$members" "$work/seeded"
  for pace in "$BURST_SECONDS" 0; do
    rm -rf "$work/m$members"; cp -r "$work/seeded" "$work/m$members"
    start_bot
    before=$(confirmed)
    dotnet "$work/tools/BranchBot.LoadTools.dll" burst http://127.0.0.1:3978/ http://127.0.0.1:3981/ "$members" "$pace" 64 签到 || true
    echo "  confirmations (签到成功) received: $(( $(confirmed) - before )) of $members; load $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ "$pace" != 0 ]; then
      # The console, right after the burst: the 书记's link from 控制台, signed in with its button, then 20 GETs a page.
      curl -sf -o /dev/null -H 'Content-Type: application/json' http://127.0.0.1:3978/api/messages --data \
        '{"type":"message","id":"console1","channelId":"emulator","serviceUrl":"http://127.0.0.1:3981/","text":"控制台","from":{"id":"u0","name":"党员0"},"recipient":{"id":"bot"},"conversation":{"id":"conv-u0"},"locale":"zh-CN"}'
      token=$(curl -sf http://127.0.0.1:3981/kept | grep -o 'console/login?token=[A-Za-z0-9._~%-]*' | head -1 | cut -d= -f2-)
      # As a person does: the link opens the sign-in page, and the button is pressed a moment later.
      curl -sf -o /dev/null -c "$work/cookies" "http://127.0.0.1:3978/console/login?token=$token"
      sleep 1
      curl -sf -o /dev/null -b "$work/cookies" -c "$work/cookies" --data-urlencode "token=$token" http://127.0.0.1:3978/console/login
      for page in overview ledger; do
        for _ in $(seq 1 20); do curl -sf -o /dev/null -b "$work/cookies" -w '%{time_total}\n' "http://127.0.0.1:3978/console/$page"; done \
          | sort -n | awk -v page="$page" '{t[NR]=$1*1000} END {printf "  console %-8s 20 GETs: median %.1f ms, slowest %.1f ms\n", page, t[int((NR+1)/2)], t[NR]}'
      done
    fi
    kill "$bot"; wait "$bot" 2>/dev/null || true
  done
done

#!/usr/bin/env bash
# Each everyday command on its own, then the mix, against a seeded branch (see docs/benchmarks.md, "Everyday commands
# and the mix"). Loopback only; bounded in time; stops by itself.
#   bash benchmarks/run-commands.sh [MEMBERS ...]     default: 1000; e.g. 200 1000 10000
#   COMMANDS="近期安排 签到" bash benchmarks/run-commands.sh 1000     only the named commands (and the mix)
# Per size: a fresh database with MEMBERS members bound to emulator|u0.., a year of meetings with attendance, a meeting
# checking in now and a broadcast asking for 收到 (benchmarks/BranchBot.MixBench), then wrk -t1 -c32 per command
# (3 s warm-up, DURATION measured), cycling real member ids; the floor (minimal C# endpoint) measured in the same run.
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
export DURATION
source benchmarks/load-common.sh

# name|texts|step-by-member|senders: texts separated by |; step-by-member 1 takes each member through the texts in
# order (a whole 谈心: start, four answers, 提交; see commands.lua); senders "committee" cycles the 书记 and 支委 (u0..u4), who alone may use the command.
all_commands=(
  "问 in scope|问 三会一课是什么|0|all"
  "问 out of scope|问 今天天气怎么样|0|all"
  "近期安排|近期安排|0|all"
  "我的信息|我的信息|0|all"
  "帮助|帮助|0|all"
  "签到|签到|0|all"
  "请假|请假 出差|0|all"
  "收到|收到|0|all"
  "谈心 talk|谈心|最近工作比较顺利，学习也跟得上|最近工作比较顺利，学习也跟得上|最近工作比较顺利，学习也跟得上|最近工作比较顺利，学习也跟得上|提交|1|all"
  "台账|台账|0|committee"
  "签到情况|签到情况|0|committee"
  "mix|问 三会一课是什么|近期安排|我的信息|帮助|签到|0|all"
)

dotnet "$work/tools/BranchBot.LoadTools.dll" connector 3981 & pids+=($!)
wait_for http://127.0.0.1:3981/count
dotnet "$work/tools/BranchBot.LoadTools.dll" minimal-bot 3982 http://127.0.0.1:3981/ & pids+=($!)
wait_listening http://127.0.0.1:3982/

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB RAM, $(dotnet --version); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
for members in "${@:-1000}"; do
  export MEMBERS=$members
  mkdir -p "$work/m$members"
  export ConnectionStrings__BranchBot="Filename=$work/m$members/branchbot.db;Connection=shared"
  seed_branch "$members"
  (cd "$work/bot" && BotFramework__AllowUnauthenticated=true Logging__LogLevel__Default=Warning Urls=http://127.0.0.1:3978 exec dotnet BranchBot.dll) > "$work/bot.log" 2>&1 & bot=$!; pids+=($bot)
  wait_for http://127.0.0.1:3978/healthz
  # Every member says 帮助 once first: the bot records a chat address at a member's first message (a write), which a
  # running branch has long done; the figures are of the everyday turns after that.
  TEXTS=帮助 wrk -t1 -c32 -d"$(( members / 1000 + 3 ))s" -s benchmarks/commands.lua http://127.0.0.1:3978 >/dev/null
  echo "== $members members (LiteDB shared mode); RSS at start $(rss $bot) MB"
  for entry in "${all_commands[@]}"; do
    name=${entry%%|*}; rest=${entry#*|}; senders=${rest##*|}; rest=${rest%|*}; texts=${rest%|*}; step=${rest##*|}
    if [ -n "${COMMANDS:-}" ] && [ "$name" != mix ] && [[ " $COMMANDS " != *" ${name%% *} "* ]]; then continue; fi
    users=$members; [ "$senders" = committee ] && users=5
    MEMBERS=$users TEXTS=$texts STEP_BY_MEMBER=$step wrk_run "$name" http://127.0.0.1:3978
    MEMBERS=$users TEXTS=$texts STEP_BY_MEMBER=$step wrk_run "  floor (minimal endpoint)" http://127.0.0.1:3982
  done
  echo "RSS after the runs $(rss $bot) MB"
  kill "$bot"; wait "$bot" 2>/dev/null || true
done

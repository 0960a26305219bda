#!/usr/bin/env bash
# A 谈心's turns seen apart: each member walks through 谈心, four answers and 提交 as one conversation (as the "谈心 talk"
# line of run-commands.sh), and the latency of each kind of turn is reported on its own (see docs/benchmarks.md,
# "Issue 14, a 谈心's turns apart"). wrk -t1 reports one figure for the whole dialog; here wrk runs one connection per
# thread (-t32 -c32) and benchmarks/steps.lua times each request and groups the figures by text.
#   bash benchmarks/run-talk-steps.sh [MEMBERS]     default 1000; WARMUP (15) and MEASURED (10) seconds
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/load-common.sh
members=${1:-1000}
answer=最近工作比较顺利，学习也跟得上

dotnet "$work/tools/BranchBot.LoadTools.dll" connector 3981 & pids+=($!)
wait_for http://127.0.0.1:3981/count
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB RAM, $(dotnet --version); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
export MEMBERS=$members
mkdir -p "$work/m$members"
export ConnectionStrings__BranchBot="Filename=$work/m$members/branchbot.db;Connection=shared"
seed_branch "$members"
(cd "$work/bot" && BotFramework__AllowUnauthenticated=true Logging__LogLevel__Default=Warning Urls=http://127.0.0.1:3978 exec dotnet BranchBot.dll) > "$work/bot.log" 2>&1 & bot=$!; pids+=($bot)
wait_for http://127.0.0.1:3978/healthz
TEXTS=帮助 wrk -t1 -c32 -d"$(( members / 1000 + 3 ))s" -s benchmarks/commands.lua http://127.0.0.1:3978 >/dev/null
echo "== $members members (LiteDB shared mode)"
warmup=${WARMUP:-15}; measured=${MEASURED:-10}
TEXTS="${TEXTS:-谈心|$answer|$answer|$answer|$answer|提交}" THREADS=32 WARMUP_SECONDS=$warmup MEASURED_SECONDS=$measured OUT_DIR=$work \
  wrk -t32 -c32 -d"$((warmup + measured + 2))s" -s benchmarks/steps.lua http://127.0.0.1:3978 | sed -n '/^  all/,$p'
echo "(wrk's own line over warm-up and measured time together is not shown)"

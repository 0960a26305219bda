#!/usr/bin/env bash
# Scheduler benchmark (see docs/benchmarks.md). Loopback only; bounded (about a minute); stops by itself.
#   bash benchmarks/run-scheduler.sh
# 1,000 meetings x 100 members: start-up rebuild time; then a 10,000-member reminder batch fired by Quartz and
# handed to the unthrottled loopback connector of BranchBot.LoadTools.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-3983}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish benchmarks/BranchBot.LoadTools -c Release -o "$work/tools" -v q -nologo >/dev/null
dotnet publish benchmarks/BranchBot.SchedulerBench -c Release -o "$work/bench" -v q -nologo >/dev/null

dotnet "$work/tools/BranchBot.LoadTools.dll" connector "$PORT" & pids+=($!)
for _ in $(seq 1 1000); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/count" && break; sleep 0.01; done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB RAM, $(dotnet --version)"
timeout 300 dotnet "$work/bench/BranchBot.SchedulerBench.dll" "http://127.0.0.1:$PORT/" "$work"

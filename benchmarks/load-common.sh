# Shared by the /api/messages load scripts (sourced, not run): a work folder removed on exit with every process the
# script started, the bot and the loopback tools published in Release, and a roster of members bound to the load
# scripts' chat accounts (emulator|u0..uN-1).
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
dotnet publish src/BranchBot -c Release -o "$work/bot" -v q -nologo >/dev/null
dotnet publish benchmarks/BranchBot.LoadTools -c Release -o "$work/tools" -v q -nologo >/dev/null

wait_for() { for _ in $(seq 1 1000); do curl -sf -o /dev/null "$1" && return 0; sleep 0.01; done; return 1; }
wait_listening() { for _ in $(seq 1 1000); do curl -s -o /dev/null "$1" && return 0; sleep 0.01; done; return 1; }
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

# write_roster COUNT GROUPS: COUNT members spread over GROUPS 党小组, into $work/roster.csv
write_roster() {
  { echo "name,role,group,channelId,userId"
    for i in $(seq 0 $(($1 - 1))); do echo "党员$i,党员,第$((i % $2 + 1))党小组,emulator,u$i"; done; } > "$work/roster.csv"
}

# seed_branch COUNT: a roster of COUNT members in COUNT/100 党小组 (党员0 the 书记) imported with the roster CLI, then
# a year of meetings with attendance, a meeting checking in now and a broadcast asking for 收到 (BranchBot.MixBench).
seed_branch() {
  local groups=$(( $1 / 100 > 0 ? $1 / 100 : 1 ))
  { echo "name,role,group,channelId,userId"
    for i in $(seq 0 $(($1 - 1))); do
      if [ "$i" = 0 ]; then role=书记; elif [ "$i" -lt 5 ]; then role=支委; else role=党员; fi
      echo "党员$i,$role,第$((i % groups + 1))党小组,emulator,u$i"
    done; } > "$work/roster.csv"
  [ -d "$work/mixbench" ] || dotnet publish benchmarks/BranchBot.MixBench -c Release -o "$work/mixbench" -v q -nologo >/dev/null
  (cd "$work/bot" && dotnet BranchBot.dll roster import "$work/roster.csv" >/dev/null)
  (cd "$work/bot" && dotnet "$work/mixbench/BranchBot.MixBench.dll" seed "$ConnectionStrings__BranchBot")
}

# wrk_run NAME URL: WARMUP (3 s) of warm-up, then DURATION measured with TEXTS/MEMBERS from the environment, a dialog's
# members continuing from the warm-up into the measured run (STEP_STATE, see commands.lua); one line of figures.
# Steady state needs WARMUP=20s for 问 on 2 cores: the JIT's tiering (dynamic PGO) takes that long there.
wrk_run() {
  export STEP_STATE="$work/steps-$RANDOM"
  wrk -t1 -c32 -d"${WARMUP:-3s}" -s benchmarks/commands.lua "$2" >/dev/null
  wrk -t1 -c32 -d"${DURATION:-10s}" --latency -s benchmarks/commands.lua "$2" > "$work/wrk.txt"
  rm -f "$STEP_STATE"
  awk -v name="$1" '/Requests\/sec/ {rate=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "%-28s %8.0f turns/s  p50 %8s  p99 %8s  non-2xx %s\n", name, rate, p50, p99, bad+0}' "$work/wrk.txt"
}

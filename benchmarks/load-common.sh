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

#!/usr/bin/env bash
# The everyday mix (问 三会一课是什么, 近期安排, 我的信息, 帮助, 签到 in turn) from a seeded branch, real member ids cycled,
# against the floor in the same run. Loopback only; bounded; stops by itself.
#   bash benchmarks/run-mix.sh [MEMBERS ...]     default: 1000
# The commands one by one: benchmarks/run-commands.sh. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
COMMANDS=none exec bash benchmarks/run-commands.sh "$@"

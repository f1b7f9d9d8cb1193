#!/usr/bin/env bash
# Times the everyday commands on the bundled library with a release build, best of N runs each:
# render of the default track (Markdown and HTML), plan of 104 weeks of a rolling track, and
# `trellis --version` (start-up cost), beside `true` as the reference run in the same command.
#
# usage: Benchmarks/Commands/time-commands.sh [RUNS] [TRELLIS]   (default: 5 runs, the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
trellis=${2:-.build/release/trellis}
[ -x "$trellis" ] || swift build -c release --product trellis >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export TRELLIS_TODAY=2027-01-01

best() {  # best wall time of $runs runs of "$@", in seconds
    local best=999 start end took
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
        took=$(echo "$end - $start" | bc)
        best=$(echo "if ($took < $best) $took else $best" | bc)
    done
    printf '%.3f' "$best"
}

printf 'reference (true):                     %s s\n' "$(best true)"
printf 'trellis --version:                    %s s\n' "$(best "$trellis" --version)"
printf 'plan adult-iop, 104 weeks (text):     %s s\n' "$(best "$trellis" plan adult-iop --from 2027-01-04 --weeks 104 --curricula Curricula)"
printf 'render adult-iop, markdown + html:    %s s\n' "$(best "$trellis" render adult-iop --out "$out/render" --force --curricula Curricula)"

#!/usr/bin/env bash
# Times `trellis validate` against `xmllint --noout --schema` (Trellis's own XSD) on the same
# corpus, in one run, and prints the ratio and Trellis's peak memory.
#
# usage: [RUNS=5] Benchmarks/Corpus/compare-xmllint.sh [N] [TRELLIS]   (default: 1000 packs, the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}
trellis=${2:-.build/release/trellis}
[ -x "$trellis" ] || swift build -c release --product trellis >/dev/null
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
python3 Benchmarks/Corpus/make-corpus.py "$n" "$corpus/packs"
"$trellis" schema > "$corpus/trellis.xsd"
size=$(du -sh "$corpus/packs" | cut -f1)

# The machine may be shared: each tool runs RUNS times (default 5), taking turns, and the
# fastest run of each is compared; the peak is the highest of Trellis's runs.
runs=${RUNS:-5}
best_xmllint=
best_trellis=
peak_kb=0
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -o "$corpus/xmllint.txt" xmllint --noout --schema "$corpus/trellis.xsd" "$corpus"/packs/*.xml >/dev/null 2>&1 || true
    /usr/bin/time -f "%e %M" -o "$corpus/time.txt" "$trellis" validate "$corpus/packs" --curricula "$corpus/packs" >/dev/null 2>&1 || true
    read -r x < "$corpus/xmllint.txt"
    read -r t kb < "$corpus/time.txt"
    best_xmllint=$(python3 -c "print(min(float(v) for v in '${best_xmllint} $x'.split()))")
    best_trellis=$(python3 -c "print(min(float(v) for v in '${best_trellis} $t'.split()))")
    [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
done
printf 'packs: %s (%s), best of %s runs each\nxmllint --schema: %.2f s\ntrellis validate: %.2f s, peak %d MB\nratio: %.2f\n' \
    "$n" "$size" "$runs" "$best_xmllint" "$best_trellis" "$((peak_kb / 1024))" "$(echo "$best_trellis / $best_xmllint" | bc -l)"

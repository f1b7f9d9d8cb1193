#!/usr/bin/env bash
# Times `trellis validate` against `xmllint --noout --schema` (Trellis's own XSD) on the same
# corpus, in one run, and prints the ratio and Trellis's peak memory.
#
# usage: Benchmarks/Corpus/compare-xmllint.sh [N] [TRELLIS]   (default: 1000 packs, the release build)
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

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
xmllint_time=$(seconds xmllint --noout --schema "$corpus/trellis.xsd" "$corpus"/packs/*.xml)
/usr/bin/time -f "%e %M" -o "$corpus/time.txt" "$trellis" validate "$corpus/packs" --curricula "$corpus/packs" >/dev/null 2>&1 || true
read -r trellis_time peak_kb < "$corpus/time.txt"
printf 'packs: %s (%s)\nxmllint --schema: %.2f s\ntrellis validate: %.2f s, peak %d MB\nratio: %.2f\n' \
    "$n" "$size" "$xmllint_time" "$trellis_time" "$((peak_kb / 1024))" "$(echo "$trellis_time / $xmllint_time" | bc -l)"

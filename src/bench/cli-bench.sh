#!/bin/sh
# Whole-process figures for tertial: the cold CLI render of the sample (min/median/max over
# several runs, peak RSS), the same document printed by headless Chromium from tertial's
# --format html output, and, when target/benchmarks.jar exists (mvn -B -Pbench package), batch
# throughput and the 800-measure render under -Xmx256m.
#
#   src/bench/cli-bench.sh [RUNS]        (default 7 runs; the jar is built first if missing)
#
# Prints a Markdown table (also written to target/cli-bench.md) for docs/performance.md.
# Needs: /usr/bin/time (apt-get install time), pdfinfo (poppler-utils); Chromium optional
# (apt-get install chromium). Extra JVM flags for tertial go in JAVA_OPTS as usual.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-7}
sample="$here/sample-data/lansjukvard2/lansjukvard2.xlsx"
work=$(mktemp -d "${TMPDIR:-/tmp}/tertial-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
report="$here/target/cli-bench.md"
mkdir -p "$here/target"

[ -x /usr/bin/time ] || { echo "cli-bench: /usr/bin/time saknas (apt-get install time)" >&2; exit 2; }
command -v pdfinfo >/dev/null || { echo "cli-bench: pdfinfo saknas (apt-get install poppler-utils)" >&2; exit 2; }

chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# run LABEL CMD...: one timed run; appends "wall_ms rss_kb" to $work/LABEL.txt; fails on exit != 0.
run() {
  label=$1
  shift
  start=$(now_ms)
  if ! /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/out.log" 2>&1; then
    echo "cli-bench: $label failed:" >&2
    cat "$work/out.log" >&2
    exit 1
  fi
  end=$(now_ms)
  echo "$((end - start)) $(tail -n 1 "$work/rss")" >>"$work/$label.txt"
}

# stats LABEL COLUMN: "min median max" of a column (1 = ms, 2 = kB).
stats() {
  cut -d' ' -f"$2" "$work/$1.txt" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%d %d %d", v[1], m, v[NR] }'
}

tertial_pdf() { run tertial "$here/bin/tertial" render "$sample" -o "$work/tertial.pdf"; }

# Cold: a new, empty profile each run.
chromium_pdf() {
  profile=$(mktemp -d "$work/profile.XXXXXX")
  run chromium "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-pdf-header-footer --user-data-dir="$profile" \
    --print-to-pdf="$work/chromium.pdf" "file://$work/appendix.html"
  rm -rf "$profile"
}

echo "cli-bench: building/warming up (not counted)…" >&2
"$here/bin/tertial" render "$sample" -o "$work/tertial.pdf" >/dev/null 2>&1
"$here/bin/tertial" render "$sample" --format html -o "$work/appendix.html" >/dev/null 2>&1

# Alternate the two, so a drift in machine speed hits both alike.
i=0
while [ "$i" -lt "$runs" ]; do
  tertial_pdf
  if [ -n "$chromium" ]; then
    chromium_pdf
  fi
  i=$((i + 1))
done

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
size_kb() { echo $(($(wc -c <"$1") / 1024)); }

set -- $(stats tertial 1)
t_min=$1 t_med=$2 t_max=$3
set -- $(stats tertial 2)
t_rss=$2 t_rss_max=$3

{
  echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM, load before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1); $(date -u +%Y-%m-%dT%H:%MZ); $runs runs each, alternating"
  echo
  echo "| what | wall min | wall median | wall max | peak RSS median (max) | pages | size |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  echo "| tertial render (cold CLI, PDF/UA + PDF/A) | ${t_min} ms | ${t_med} ms | ${t_max} ms | $((t_rss / 1024)) MB ($((t_rss_max / 1024)) MB) | $(pages "$work/tertial.pdf") | $(size_kb "$work/tertial.pdf") kB |"
  if [ -n "$chromium" ]; then
    set -- $(stats chromium 1)
    c_min=$1 c_med=$2 c_max=$3
    set -- $(stats chromium 2)
    c_rss=$2 c_rss_max=$3
    echo "| headless Chromium, same document from --format html | ${c_min} ms | ${c_med} ms | ${c_max} ms | $((c_rss / 1024)) MB ($((c_rss_max / 1024)) MB)¹ | $(pages "$work/chromium.pdf") | $(size_kb "$work/chromium.pdf") kB |"
    echo
    echo "Chromium/tertial median wall-time ratio: $(awk "BEGIN { printf \"%.2f\", $c_med / $t_med }") ($("$chromium" --version 2>/dev/null | head -n 1))"
    echo
    echo "¹ the largest single process of Chromium's process tree (GNU time's %M)."
  else
    echo
    echo "Chromium: skipped, not installed (apt-get install chromium)."
  fi
  jar="$here/target/benchmarks.jar"
  if [ -f "$jar" ]; then
    echo
    echo "Batch (30 generated units × 6 periods = 180 appendices of the sample's size, 2 threads, one JVM):"
    echo
    java -Duser.timezone=UTC -Djava.awt.headless=true \
      -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
      -cp "$jar" se.tertial.bench.BatchThroughput 2 2 | sed 's/^/    /'
    echo
    echo "800 measures under -Xmx256m:"
    echo
    if out=$(java -Xmx256m -Duser.timezone=UTC -Djava.awt.headless=true \
      -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
      -cp "$jar" se.tertial.bench.LargeReportCheck 800 2>&1); then
      echo "    $(echo "$out" | tail -n 1)"
    else
      echo "    FAILED: $(echo "$out" | grep -m 1 -E 'Error|Exception')"
    fi
  else
    echo
    echo "Batch and 800-measure figures: skipped (build target/benchmarks.jar with mvn -B -Pbench package)."
  fi
} | tee "$report"

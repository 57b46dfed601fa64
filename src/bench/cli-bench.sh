#!/bin/sh
# Whole-process figures for tertial, side by side, written as Markdown tables for
# docs/performance.md (also to target/cli-bench.md):
#
#   1. cold single render of the sample: `tertial render` (PDF/UA-1 + PDF/A-2u) vs headless
#      Chromium printing tertial's own HTML (`--format html`) vs WeasyPrint (PDF/UA-1) on the same
#      HTML, the three alternating run by run, with the browsers' wall time divided by tertial's
#      pair by pair;
#   2. batch rate: `tertial batch` over BATCH_UNITS copies of the sample workbook (default 60),
#      `--jobs 1` vs `--jobs 2` alternating, whole process incl. JVM start, with peak RSS;
#   3. scaling: 50 → 800 generated measures (actions in the sample's proportion), each size in a
#      fresh JVM under -Xmx512m, timed in-process after a warm-up render (needs
#      target/benchmarks.jar: mvn -B -Pbench package);
#   4. warm render (JMH, model → PDF with PDF/UA-1 + PDF/A-2u, the sample): average time and
#      allocation per render (also needs target/benchmarks.jar).
#
#   src/bench/cli-bench.sh [RUNS]    (default 5 runs of each command; the jar is built if missing)
#
# Environment: BENCH_SECTIONS (default "cold batch scale jmh", run one after another),
# BATCH_UNITS (60), BATCH_RUNS (3), SCALE_SIZES ("50 100 200 400 800"), SCALE_HEAP (512m),
# JMH_ARGS ("-f 1 -wi 10 -w 5s -i 5 -r 5s"), BENCH_JAVA25 (a Java 25+ home: the cold render and
# the batch --jobs 2 also on it, with the launcher's AOT cache). Every figure is a median with min–max;
# the load average is printed with every table because a shared machine makes absolute times
# noisy: compare the ratios measured in the same run. Needs /usr/bin/time (apt-get install time)
# and pdfinfo (poppler-utils); Chromium and WeasyPrint are optional (apt-get install chromium
# weasyprint). Extra JVM flags for tertial go in JAVA_OPTS as usual.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
sections=${BENCH_SECTIONS:-cold batch scale jmh}
jmh_args=${JMH_ARGS:--f 1 -wi 10 -w 5s -i 5 -r 5s}
units=${BATCH_UNITS:-60}
batch_runs=${BATCH_RUNS:-3}
sizes=${SCALE_SIZES:-50 100 200 400 800}
heap=${SCALE_HEAP:-512m}
sample="$here/sample-data/lansjukvard2/lansjukvard2.xlsx"
tertial="$here/bin/tertial"
jar="$here/target/benchmarks.jar"
work=$(mktemp -d "${TMPDIR:-/tmp}/tertial-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
report="$here/target/cli-bench.md"
mkdir -p "$here/target"

[ -x /usr/bin/time ] || { echo "cli-bench: /usr/bin/time saknas (apt-get install time)" >&2; exit 2; }
command -v pdfinfo >/dev/null || { echo "cli-bench: pdfinfo saknas (apt-get install poppler-utils)" >&2; exit 2; }
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
weasyprint=$(command -v weasyprint || true)
# BENCH_JAVA25=/path/to/jdk-25: the cold render also on that Java, with the launcher's AOT cache.
java25=${BENCH_JAVA25:-}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# run LABEL CMD...: one timed run; appends "wall_ms rss_kb cpu_ms" to $work/LABEL.txt (GNU time's
# elapsed, largest single process's peak RSS, user+sys); fails on exit != 0.
run() {
  label=$1
  shift
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >"$work/out.log" 2>&1; then
    echo "cli-bench: $label failed:" >&2
    tail -n 20 "$work/out.log" >&2
    exit 1
  fi
  tail -n 1 "$work/time" | awk '{ printf "%d %d %d\n", $1 * 1000, $2, ($3 + $4) * 1000 }' \
    >>"$work/$label.txt"
}

# stats FILE COLUMN: "min median max" of a column of numbers.
stats() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s %s %s", v[1], m, v[NR] }'
}

# ratios A B: per-run wall ratio B/A (lines paired by run) into $work/A-B.ratio.
ratios() {
  paste -d' ' "$work/$1.txt" "$work/$2.txt" | awk '{ printf "%.3f\n", $4 / $1 }' >"$work/$1-$2.ratio"
}

fmt_ms() { awk "BEGIN { printf \"%.2f s\", $1 / 1000 }"; }
mb() { echo $(($1 / 1024)); }
pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
size_kb() { echo $(($(wc -c <"$1") / 1024)); }

# row LABEL TITLE PDF: a table row of wall, CPU and RSS figures.
row() {
  set -- "$1" "$2" "$3" $(stats "$work/$1.txt" 1) $(stats "$work/$1.txt" 2) $(stats "$work/$1.txt" 3)
  echo "| $2 | $(fmt_ms "$5") ($(fmt_ms "$4")–$(fmt_ms "$6")) | $(fmt_ms "${11}") | $(mb "$8") MB ($(mb "$9") MB) | $(pages "$3") | $(size_kb "$3") kB |"
}

machine() {
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(java -version 2>&1 | head -n 1); $(date -u +%Y-%m-%dT%H:%MZ)."
}

cold() {
  chrome() {
    profile=$(mktemp -d "$work/profile.XXXXXX")
    run chromium "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --no-pdf-header-footer --user-data-dir="$profile" \
      --print-to-pdf="$work/chromium.pdf" "file://$work/appendix.html"
    rm -rf "$profile"
  }
  echo "cli-bench: cold render, $runs rounds (tertial, Chromium, WeasyPrint alternating)…" >&2
  # Not counted: builds the jar if needed, writes the AppCDS archive, makes the HTML.
  "$tertial" render "$sample" -o "$work/tertial.pdf" >/dev/null 2>&1
  "$tertial" render "$sample" --format html -o "$work/appendix.html" >/dev/null 2>&1
  if [ -n "$java25" ]; then
    # Not counted: records the launcher's AOT cache for Java 25.
    env JAVA_HOME="$java25" "$tertial" render "$sample" -o "$work/tertial25.pdf" >/dev/null 2>&1
  fi
  before=$(load)
  i=0
  while [ "$i" -lt "$runs" ]; do
    run tertial "$tertial" render "$sample" -o "$work/tertial.pdf"
    if [ -n "$java25" ]; then
      run tertial25 env JAVA_HOME="$java25" "$tertial" render "$sample" -o "$work/tertial25.pdf"
    fi
    if [ -n "$chromium" ]; then chrome; fi
    if [ -n "$weasyprint" ]; then
      run weasyprint "$weasyprint" -q --pdf-variant pdf/ua-1 "$work/appendix.html" "$work/weasyprint.pdf"
    fi
    i=$((i + 1))
  done
  echo "### Cold single render of the sample"
  echo
  echo "$(machine) $runs rounds, the commands alternating; load average before $before, after $(load)."
  echo
  echo "| command | wall median (min–max) | CPU median | peak RSS median (max) | pages | size |"
  echo "| --- | --- | --- | --- | --- | --- |"
  row tertial "tertial render (cold CLI, PDF/UA-1 + PDF/A-2u; $(java -version 2>&1 | head -n 1 | cut -d'"' -f2), AppCDS)" "$work/tertial.pdf"
  [ -z "$java25" ] || row tertial25 "tertial render, same, on Java $("$java25/bin/java" -version 2>&1 | head -n 1 | cut -d'"' -f2) (AOT cache)" "$work/tertial25.pdf"
  [ -z "$chromium" ] || row chromium "headless Chromium, tertial's --format html¹" "$work/chromium.pdf"
  [ -z "$weasyprint" ] || row weasyprint "WeasyPrint --pdf-variant pdf/ua-1, same HTML" "$work/weasyprint.pdf"
  echo
  for ours in tertial tertial25; do
    [ -f "$work/$ours.txt" ] || continue
    for other in chromium weasyprint; do
      [ -f "$work/$other.txt" ] || continue
      ratios "$ours" "$other"
      set -- $(stats "$work/$ours-$other.ratio" 1)
      echo "- $other wall ÷ $ours wall, pair by pair: median $2 (min $1, max $3) — the target is ≥ 2"
    done
  done
  echo
  echo "¹ Peak RSS is the largest single process of a process tree (GNU time's %M). Versions:" \
    "$([ -z "$chromium" ] || "$chromium" --version 2>/dev/null | head -n 1);" \
    "$([ -z "$weasyprint" ] || "$weasyprint" --version 2>/dev/null)."
  echo
}

batch() {
  echo "cli-bench: batch of $units workbooks, --jobs 1 vs --jobs 2, $batch_runs rounds…" >&2
  mkdir -p "$work/units"
  i=1
  while [ "$i" -le "$units" ]; do
    cp "$sample" "$work/units/unit$i.xlsx"
    i=$((i + 1))
  done
  printf 'inputs:\n  - "units/*.xlsx"\n' >"$work/batch.yaml"
  # Not counted: a small batch, so the first counted run does not pay for cold disk caches.
  printf 'inputs:\n  - "units/unit1.xlsx"\n  - "units/unit2.xlsx"\n' >"$work/warm.yaml"
  "$tertial" batch "$work/warm.yaml" -o "$work/warm" --quiet --jobs 2 >/dev/null 2>&1 || true
  before=$(load)
  i=0
  while [ "$i" -lt "$batch_runs" ]; do
    for jobs in 1 2; do
      rm -rf "$work/out$jobs"
      # Exit 1/2 would mean failed or (with --strict) warned reports; the sample has warnings,
      # so only a failure stops the benchmark.
      run "jobs$jobs" "$tertial" batch "$work/batch.yaml" -o "$work/out$jobs" --quiet --jobs "$jobs"
      count=$(find "$work/out$jobs" -name '*.pdf' | wc -l)
      [ "$count" -eq "$units" ] || { echo "cli-bench: batch wrote $count of $units PDFs" >&2; exit 1; }
    done
    if [ -n "$java25" ]; then
      rm -rf "$work/out25"
      run jobs2j25 env JAVA_HOME="$java25" "$tertial" batch "$work/batch.yaml" -o "$work/out25" \
        --quiet --jobs 2
    fi
    i=$((i + 1))
  done
  same=$(cat "$work/out1"/*.pdf | sha256sum | cut -c1-12)
  other=$(cat "$work/out2"/*.pdf | sha256sum | cut -c1-12)
  which="--jobs 1 and --jobs 2"
  if [ -n "$java25" ]; then
    which="--jobs 1, --jobs 2 and Java 25"
    on25=$(cat "$work/out25"/*.pdf | sha256sum | cut -c1-12)
    [ "$on25" = "$same" ] || other="$other/$on25"
  fi
  echo "### Batch: $units copies of the sample workbook, one appendix each"
  echo
  echo "$(machine) $batch_runs rounds, --jobs 1 and --jobs 2 alternating; whole process incl. JVM start; load average before $before, after $(load)."
  echo
  echo "| command | wall median (min–max) | appendices/s median (min–max) | CPU median | peak RSS median (max) |"
  echo "| --- | --- | --- | --- | --- |"
  rate() { awk "BEGIN { printf \"%.1f\", $units * 1000 / $1 }"; }
  for label in jobs1 jobs2 jobs2j25; do
    [ -f "$work/$label.txt" ] || continue
    case "$label" in
      jobs2j25) title="tertial batch --jobs 2, Java $("$java25/bin/java" -version 2>&1 | head -n 1 | cut -d'"' -f2) (AOT cache)" ;;
      *) title="tertial batch --jobs ${label#jobs}" ;;
    esac
    set -- $(stats "$work/$label.txt" 1) $(stats "$work/$label.txt" 2) $(stats "$work/$label.txt" 3)
    echo "| $title | $(fmt_ms "$2") ($(fmt_ms "$1")–$(fmt_ms "$3")) | $(rate "$2") ($(rate "$3")–$(rate "$1")) | $(fmt_ms "$8") | $(mb "$5") MB ($(mb "$6") MB) |"
  done
  echo
  ratios jobs2 jobs1
  set -- $(stats "$work/jobs2-jobs1.ratio" 1)
  echo "- jobs 1 wall ÷ jobs 2 wall, pair by pair: median $2 (min $1, max $3) — the speed-up of the second core"
  echo "- the PDFs of $which are $([ "$same" = "$other" ] && echo "byte-identical" || echo "DIFFERENT ($other)") (SHA-256 of all, $same…)"
  echo
}

scale() {
  if [ ! -f "$jar" ]; then
    echo "### Scaling"
    echo
    echo "Skipped: build target/benchmarks.jar with mvn -B -Pbench package."
    echo
    return
  fi
  echo "cli-bench: scaling $sizes measures under -Xmx$heap…" >&2
  before=$(load)
  echo "### Scaling: generated reports, each in a fresh JVM under -Xmx$heap"
  echo
  echo "$(machine) Render time measured inside the JVM after two warm-up renders of the sample; load average before $before."
  echo
  echo "| measures | actions | pages | PDF | render | ms per measure | peak RSS | result |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  for n in $sizes; do
    if /usr/bin/time -f '%M' -o "$work/time" java -Xmx"$heap" -Duser.timezone=UTC \
      -Djava.awt.headless=true -Dtertial.sample="$here/sample-data/lansjukvard2" -cp "$jar" se.tertial.bench.LargeReportCheck "$n" \
      --warmup "$work/scale-$n.pdf" >"$work/scale.log" 2>&1; then
      # LargeReportCheck's last line: "N measures, A actions: K kB PDF in S s …".
      line=$(tail -n 1 "$work/scale.log")
      actions=$(echo "$line" | awk '{ print $3 }')
      kb=$(echo "$line" | awk '{ print $5 }')
      seconds=$(echo "$line" | awk '{ print $9 }')
      echo "| $n | $actions | $(pages "$work/scale-$n.pdf") | $kb kB | $seconds s | $(awk "BEGIN { printf \"%.1f\", $seconds * 1000 / $n }") | $(mb "$(tail -n 1 "$work/time")") MB | ok |"
    else
      echo "| $n | | | | | | $(mb "$(tail -n 1 "$work/time" | grep -o '[0-9]*$' || echo 0)") MB | FAILED: $(grep -m 1 -oE '[A-Za-z.]*(Error|Exception)[^ ]*' "$work/scale.log" || echo "exit $?") |"
    fi
  done
  echo
  echo "Load average after: $(load)."
  echo
}

jmh() {
  if [ ! -f "$jar" ]; then
    echo "### Warm render (JMH)"
    echo
    echo "Skipped: build target/benchmarks.jar with mvn -B -Pbench package."
    echo
    return
  fi
  echo "cli-bench: JMH warm render ($jmh_args)…" >&2
  before=$(load)
  # RenderBenchmark.modelToPdf: view model → template → XHTML → PDF/UA-1 + PDF/A-2u, the sample.
  # shellcheck disable=SC2086
  (cd "$here" && java -jar "$jar" 'RenderBenchmark.modelToPdf' -p pdf=ua+a $jmh_args -prof gc \
    -rf json -rff "$work/jmh.json") >"$work/jmh.log" 2>&1 || {
    echo "cli-bench: JMH failed:" >&2
    tail -n 20 "$work/jmh.log" >&2
    exit 1
  }
  echo "### Warm render (JMH): the sample's view model → PDF/UA-1 + PDF/A-2u"
  echo
  echo "$(machine) JMH $jmh_args, one thread; load average before $before, after $(load)."
  echo
  echo '```'
  grep -E '^(Benchmark +\(|RenderBenchmark.modelToPdf )|gc.alloc.rate.norm ' "$work/jmh.log" | grep -v '·gc.alloc.rate.norm.*NaN' || true
  echo '```'
  echo
}

{
  for section in $sections; do
    "$section"
  done
} | tee "$report"

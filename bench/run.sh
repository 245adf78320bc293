#!/usr/bin/env bash
# Builds the same generated sites with the published BackGuide and with Hugo, interleaved, and prints
# median wall time, CPU time (user+sys) and peak memory side by side. See bench/README.md.
#
#   bench/run.sh                      # 1,000, 4,000 and 10,000 pages, 5 timed runs each after one warm-up, both comparisons
#   bench/run.sh --sizes "1000 4000 10000 50000" --runs 3
#   bench/run.sh --no-publish         # reuse bench/work/bin from the last run
#
# Browser measurements (preview reload latency, search speed) are a separate program that uses the same bench/work/bin:
#   dotnet run -c Release --project bench/BackGuide.Bench.Browser -- preview-latency | search-speed
set -euo pipefail

sizes="1000 4000 10000"
runs=5
publish=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-publish) publish=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
work="$bench/work"
results="$bench/results"
mkdir -p "$work" "$results"

if ! command -v hugo >/dev/null; then
  echo "Installing Debian's hugo…"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y hugo >/dev/null || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y hugo >/dev/null; }
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2
fi

if [[ $publish -eq 1 || ! -x "$work/bin/backguide" ]]; then
  echo "Publishing BackGuide (Release) to bench/work/bin…"
  dotnet publish "$repo/src/BackGuide.Cli" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
  dotnet build "$bench/BackGuide.Bench.Generator" -c Release -o "$work/generator" --nologo -v quiet >/dev/null
fi
backguide="$work/bin/backguide"

# Generates a site of N pages (skipped when it exists from the same generator), and gives the Hugo side its layouts.
generate() {
  local n="$1" site="$work/sites/$1"
  local stamp; stamp="$(md5sum "$work/generator/BackGuide.Bench.Generator.dll" | cut -c1-12)"
  if [[ "$(cat "$site/.generated" 2>/dev/null)" != "$stamp" ]]; then
    echo "Generating $n pages…"
    dotnet "$work/generator/BackGuide.Bench.Generator.dll" --pages "$n" --out "$site" >/dev/null
    echo "$stamp" > "$site/.generated"
  fi
  rm -rf "$site/hugo/layouts" "$site/hugo/static"
  cp -r "$bench/hugo/config.toml" "$bench/hugo/layouts" "$site/hugo/"
  mkdir -p "$site/hugo/static" && cp "$repo/theme/assets/style.css" "$site/hugo/static/"
}

# The second comparison: plain 4 KB pages, and Hugo with a minimal layout (bench/hugo-minimal).
generate_plain() {
  local n="$1" site="$work/plain/$1"
  local stamp; stamp="$(md5sum "$work/generator/BackGuide.Bench.Generator.dll" | cut -c1-12)"
  if [[ "$(cat "$site/.generated" 2>/dev/null)" != "$stamp" ]]; then
    echo "Generating $n plain pages…"
    dotnet "$work/generator/BackGuide.Bench.Generator.dll" --pages "$n" --out "$site" --plain >/dev/null
    echo "$stamp" > "$site/.generated"
  fi
  rm -rf "$site/hugo/layouts"
  cp -r "$bench/hugo-minimal/config.toml" "$bench/hugo-minimal/layouts" "$site/hugo/"
}

# Runs one build under GNU time; appends "size tool wall cpu rss_kb" to $raw.
measure() {
  local n="$1" tool="$2" site="$work/sites/$1" out; out="$(mktemp)"
  case "$tool" in
    backguide) (cd "$site/backguide" && /usr/bin/time -f "%e %U %S %M" -o "$out" "$backguide" build --quiet >/dev/null) ;;
    hugo) (cd "$site/hugo" && /usr/bin/time -f "%e %U %S %M" -o "$out" hugo --quiet >/dev/null) ;;
    backguide-plain) (cd "$work/plain/$n/backguide" && /usr/bin/time -f "%e %U %S %M" -o "$out" "$backguide" build --quiet >/dev/null) ;;
    hugo-minimal) (cd "$work/plain/$n/hugo" && /usr/bin/time -f "%e %U %S %M" -o "$out" hugo --quiet >/dev/null) ;;
  esac
  awk -v n="$n" -v t="$tool" '{ printf "%s %s %.2f %.2f %d\n", n, t, $1, $2 + $3, $4 }' "$out" >> "$raw"
  rm -f "$out"
}

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
raw="$results/raw-$stamp.txt"
report="$results/bench-$stamp.md"
: > "$raw"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for n in $sizes; do
  generate "$n"; generate_plain "$n"
  echo "Warming up at $n pages (one build each, not timed)…"
  measure "$n" backguide; measure "$n" hugo; measure "$n" backguide-plain; measure "$n" hugo-minimal
  for _ in 1 2 3 4; do sed -i '$d' "$raw"; done
  echo "  BackGuide wrote $(find "$work/sites/$n/backguide/output" -type f | wc -l) files; Hugo wrote $(find "$work/sites/$n/hugo/public" -type f | wc -l)."
  for ((r = 1; r <= runs; r++)); do
    # Interleaved, alternating who goes first, so a busy moment on a shared machine hits both tools alike.
    # Every build after the warm-up is a rebuild over its previous output, for both tools.
    if (( r % 2 )); then measure "$n" backguide; measure "$n" hugo; measure "$n" backguide-plain; measure "$n" hugo-minimal
    else measure "$n" hugo; measure "$n" backguide; measure "$n" hugo-minimal; measure "$n" backguide-plain; fi
    echo "  run $r/$runs done"
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# Median of column $3 (wall), $4 (cpu), $5 (rss) per size and tool; then the BackGuide/Hugo ratio.
table="$(awk '
  function median(list,   a, k, i, j, t, m) {
    k = split(list, a, " ")
    for (i = 2; i <= k; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    m = int((k + 1) / 2); return (k % 2) ? a[m] : (a[m] + a[m + 1]) / 2
  }
  function pair(n, b, h, label,   bw, hw, bc, hc) {
    if (!((n " " b) in wall)) return
    bw = median(wall[n " " b]); hw = median(wall[n " " h]); bc = median(cpu[n " " b]); hc = median(cpu[n " " h])
    printf "| %s | %s | BackGuide | %.2f | %.2f | %.0f | **%.2f×** | **%.2f×** |\n", n, label, bw, bc, median(rss[n " " b]) / 1024, bw / hw, bc / hc
    printf "| %s | %s | Hugo | %.2f | %.2f | %.0f | | |\n", n, label, hw, hc, median(rss[n " " h]) / 1024
  }
  { key = $1 " " $2; wall[key] = wall[key] " " $3; cpu[key] = cpu[key] " " $4; rss[key] = rss[key] " " $5; if (!($1 in seen)) { seen[$1] = 1; order[++count] = $1 } }
  END {
    printf "| pages | comparison | tool | median wall (s) | median CPU user+sys (s) | median peak RSS (MiB) | BackGuide/Hugo wall | BackGuide/Hugo CPU |\n"
    printf "|---:|---|---|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= count; i++) {
      pair(order[i], "backguide", "hugo", "equal work")
      pair(order[i], "backguide-plain", "hugo-minimal", "minimal Hugo layout, plain pages")
    }
  }' "$raw")"

{
  echo "# Benchmark run $stamp"
  echo
  echo "$table"
  echo
  echo "- BackGuide: full build of the published program (\`backguide build\`, Release, self-contained, composite ReadyToRun), shipped theme."
  echo "- Hugo: $(hugo version | cut -d' ' -f1-2). Equal work: the guide-shaped site, Hugo layouts in bench/hugo/ mirroring the theme. Minimal: plain 4 KB pages (generator --plain), BackGuide's full build against Hugo with bench/hugo-minimal/ (title and content only)."
  echo "- $runs timed runs per tool and size after one warm-up, BackGuide and Hugo interleaved (alternating first)."
  echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average before $load_before, after $load_after."
  echo "- Ratio below 1 means BackGuide is faster. Raw figures (size tool wall cpu rss_kb): $(basename "$raw")."
} > "$report"
echo
cat "$report"
echo
echo "Saved to bench/results/$(basename "$report")"

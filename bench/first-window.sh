#!/usr/bin/env bash
# Time from launch to the first window of the installed application (an app image built by
# `mvn -Ppackage package`), measured by the application itself from its process start
# (-Dflowbench.firstWindow=exit prints it, then quits). Not a test: results go to RESULTS.md.
#
#   bench/first-window.sh [RUNS] [APP_IMAGE]     defaults: 7, target/installers/Flowbench
#   EXTRA_JAVA_OPTIONS="-XX:SharedArchiveFile=..." bench/first-window.sh    compare JVM options
#
# The workspace holds one dataset, as a returning user's does; one unmeasured run first warms the
# disk cache and lets JavaFX unpack its natives to ~/.openjfx (once per user). Uses $DISPLAY when
# set, else xvfb-run. Prints each run (wall ms to the window, CPU ms the process had used by
# then, over all its threads), then the medians and the load average: on a busy shared machine
# the wall time mostly measures the others, the CPU time much less so.
# Since docs/decisions/0210 the window shows before the workspace opens; the application then
# prints a second line when the workspace's datasets are listed, and the script reports it too
# ("listed"; absent for builds before that change).
set -euo pipefail
runs="${1:-7}"
image="${2:-target/installers/Flowbench}"
launcher="$image/bin/Flowbench"
[ -x "$launcher" ] || { echo "no $launcher: build it with mvn -Ppackage package" >&2; exit 2; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

"$launcher" --workspace "$home/.flowbench/workspace.duckdb" import "$image/lib/app/pcap-samples/ntp-amplification.pcap" >/dev/null 2>&1

display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp")

one_run() {
  JAVA_TOOL_OPTIONS="-Duser.home=$home -Dflowbench.firstWindow=exit ${EXTRA_JAVA_OPTIONS:-}" \
    "${display[@]}" "$launcher" >"$home/run.log" 2>&1 || true
  local ms cpu
  ms="$(sed -n 's/^flowbench: first window shown after \([0-9]*\) ms.*/\1/p' "$home/run.log")"
  cpu="$(sed -n 's/^flowbench: first window shown after .* CPU \([0-9]*\) ms.*/\1/p' "$home/run.log")"
  [ -n "$ms" ] || { echo "no first-window line; log:" >&2; cat "$home/run.log" >&2; exit 1; }
  local listed
  listed="$(sed -n 's/^flowbench: workspace listed after \([0-9]*\) ms.*/\1/p' "$home/run.log")"
  echo "$ms $cpu ${listed:--}"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
one_run >/dev/null
: >"$home/results"
for i in $(seq "$runs"); do
  result="$(one_run)"
  read -r ms cpu listed <<<"$result"
  echo "run $i: $ms ms to first window, $cpu ms CPU, workspace listed after $listed ms"
  echo "$result" >>"$home/results"
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "median: $(cut -d' ' -f1 "$home/results" | median) ms to first window, $(cut -d' ' -f2 "$home/results" | median) ms CPU (of $runs runs)"
if ! grep -q ' -$' "$home/results"; then
  echo "median: $(cut -d' ' -f3 "$home/results" | median) ms until the workspace's datasets were listed"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

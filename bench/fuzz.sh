#!/usr/bin/env bash
# Coverage-guided fuzzing of the capture readers and the packet decoder with Jazzer, for a set
# time per fuzz test. A normal build only replays the committed seeds (regression mode, hooks off:
# docs/decisions/0012); this turns the fuzzer on, with hooks and so coverage instrumentation.
#
#   bench/fuzz.sh [DURATION] [TEST...]
#     DURATION  per fuzz test, Jazzer syntax: 30s, 10m, 2h (default 5m)
#     TEST      surefire test names (default: CaptureReaderFuzzTest PacketDecoderFuzzTest)
#
# Interesting inputs grow the local corpus in .cifuzz-corpus/ (ignored by git). A finding fails the
# run and Jazzer writes the input as a crash-* file into the test's *Inputs/ resource folder: keep it
# there, it then replays in every build as a regression seed, and fix the decoder.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
duration="${1:-5m}"
shift || true
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(CaptureReaderFuzzTest PacketDecoderFuzzTest)
cd "$here"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
status=0
for t in "${tests[@]}"; do
  echo "== fuzzing $t for $duration" >&2
  # jazzer.max_duration overrides @FuzzTest(maxDuration); jazzer.hooks=true brings back instrumentation.
  if ! JAZZER_FUZZ=1 mvn -o -B test -Dtest="$t" -Djazzer.hooks=true -Djazzer.max_duration="$duration" \
       -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "== $t: FINDING (or build failure): see the output above and the crash-* files under src/test/resources" >&2
    status=1
  fi
done
git -C "$here" status --short -- src/test/resources | grep crash- >&2 || echo "no new crash inputs" >&2
exit "$status"

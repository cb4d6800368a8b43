#!/usr/bin/env bash
# NativeAOT check: the sample (which embeds the simulator) publishes with zero IL/AOT warnings (warnings are errors),
# and the native binary runs both workflows (the default one and --clusters) against the simulator and exits 0. Prints binary size and wall time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "== publish samples/AtlasGen.Sample (NativeAOT, linux-x64)"
# PublishAot=true lives in the project file: on the command line it would flow into the netstandard2.0 generator (NETSDK1207).
dotnet publish "$root/samples/AtlasGen.Sample/AtlasGen.Sample.csproj" -c Release -r linux-x64 -o "$out" \
  -p:TreatWarningsAsErrors=true -p:IlcTreatWarningsAsErrors=true -p:SuppressTrimAnalysisWarnings=false \
  -nologo -clp:NoSummary | tee "$out/publish.log"
if grep -Eq 'warning (IL|AOT)[0-9]+' "$out/publish.log"; then
  echo "aot-check: IL/AOT warnings in the publish output" >&2
  exit 1
fi

binary="$out/AtlasGen.Sample"
[[ -x "$binary" ]] || { echo "aot-check: no native binary at $binary" >&2; exit 1; }
size=$(stat -c %s "$binary")
echo "== native binary: $(awk -v b="$size" 'BEGIN { printf "%.1f MB (%d bytes)", b / 1048576, b }')"

echo "== run the workflow against the embedded simulator"
unset ATLAS_PUBLIC_KEY ATLAS_PRIVATE_KEY ATLAS_BASE_URL
start=$(date +%s%N)
"$binary"
end=$(date +%s%N)
echo "== workflow wall time: $(( (end - start) / 1000000 )) ms (exit 0)"

echo "== run the clusters workflow (--clusters) against the embedded simulator"
start=$(date +%s%N)
"$binary" --clusters
end=$(date +%s%N)
echo "== clusters workflow wall time: $(( (end - start) / 1000000 )) ms (exit 0)"

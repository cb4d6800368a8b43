#!/usr/bin/env bash
# Consumer build time, as a new user meets it: the packed AtlasGen package, console apps outside the repository,
# `dotnet build -c Release` from a restored but clean state (bin/ and obj/Release removed, restore kept), whole-process
# wall time and peak RSS (/usr/bin/time -v). In the same run, for ratios that mean something on a shared machine:
#   empty       an empty console app: the machine's baseline
#   bundled     AtlasGen, bundled spec (45 operations)          bundled-aot   the same with <PublishAot>true</PublishAot>
#   full        AtlasGen, AtlasGenBundledSpec=full (540 ops)    full-aot      the same with <PublishAot>true</PublishAot>
#   kiota       Kiota 1.38.0 (local tool): generate the newest full spec + build   kiota-aot   the same with PublishAot
# Each is built N times (N=3 by default; `N=1 build-time.sh` for a quick look); the table gives medians.
# Then one more build of full-aot with -p:ReportAnalyzer=true says where the compiler's time goes (analyzers, generators).
# BASELINE_REF=main also packs that commit (git archive, a second version in the same feed) and adds full-baseline and
# full-aot-baseline, the same consumers over it: before/after in one run (name them in ONLY; full-aot-baseline gets the
# ReportAnalyzer build too).
#
# Usage: tests/AtlasGen.Benchmarks/build-time.sh            (N, WORK, KEEP=1 and ONLY="empty full kiota" are read from the env)
# Every build runs with UseSharedCompilation=false and no node reuse, so the compiler is a child process and its peak RSS
# is counted; AtlasGen and Kiota are measured the same way.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
bench_dir="$repo/tests/AtlasGen.Benchmarks"
source .ci/consumer-apps.sh
export KIOTA_OFFLINE_ENABLED=true MSBUILDDISABLENODEREUSE=1

runs=${N:-3}
only=${ONLY:-empty bundled bundled-aot full full-aot kiota kiota-aot}
specs_dir=${ATLASGEN_SPECS_DIR:-$repo/../shared/specs}
full_spec="$specs_dir/atlas-api-2026-08-21.yaml"
[ -f "$full_spec" ] || { echo "build-time: the newest full spec is missing at $full_spec (set ATLASGEN_SPECS_DIR)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "build-time: /usr/bin/time is needed (Debian package 'time')" >&2; exit 1; }

start_benchmark_work build-time
baseline_ref=${BASELINE_REF:-}
baseline_version="$version.baseline"
trap 'forget_package atlasgen "$baseline_version"; end_benchmark_work' EXIT
build=(-c Release --no-restore -nologo -p:UseSharedCompilation=false -nodeReuse:false)

echo "== machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, load $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version)"
echo "== pack AtlasGen $version"
pack_into "$work/feed" "$work/pack.log" runtime/AtlasGen.Runtime/AtlasGen.Runtime.csproj -p:PackageVersion="$version" \
  -p:UseSharedCompilation=false -v:q
if [ -n "$baseline_ref" ]; then
  echo "== pack AtlasGen at $baseline_ref ($(git rev-parse --short "$baseline_ref")) as $baseline_version"
  mkdir -p "$work/baseline-src"
  git archive "$baseline_ref" | tar -x -C "$work/baseline-src"
  ATLASGEN_SPECS_DIR="$specs_dir" pack_into "$work/feed" "$work/pack-baseline.log" \
    "$work/baseline-src/runtime/AtlasGen.Runtime/AtlasGen.Runtime.csproj" -p:PackageVersion="$baseline_version" \
    -p:UseSharedCompilation=false -v:q
fi
write_feed_config "$work" "$work/feed"
isolate_from_repository "$work"

# make_app NAME EXTRA_PROPERTIES PACKAGE_REFERENCES PROGRAM
make_app() {
  write_console_project "$work/$1/$1.csproj" "$2" "$3"
  printf '%s\n' "$4" > "$work/$1/Program.cs"
}

atlasgen_ref="<PackageReference Include=\"AtlasGen\" Version=\"$version\" />"
atlasgen_program='using AtlasGen.Atlas;
using AtlasGen.Runtime;

using var atlas = new AtlasClient(new AtlasClientOptions { PublicKey = "public", PrivateKey = "private" });
if (args.Length == 1)
{
    var project = await atlas.Projects.GetGroupAsync(args[0]);
    Console.WriteLine(project.Name);
}'
kiota_refs='<PackageReference Include="Microsoft.Kiota.Abstractions" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Form" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Multipart" Version="2.1.6" />'
kiota_program='using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using KiotaAtlas;

var atlas = new KiotaAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()));
if (args.Length == 1)
{
    var project = await atlas.Api.Atlas.V2.Groups[args[0]].GetAsync();
    Console.WriteLine(project?.Name);
}'
aot='<PublishAot>true</PublishAot>'
make_app empty "" "" 'Console.WriteLine("Hello, World!");'
make_app bundled "" "$atlasgen_ref" "$atlasgen_program"
make_app bundled-aot "$aot" "$atlasgen_ref" "$atlasgen_program"
make_app full "<AtlasGenBundledSpec>full</AtlasGenBundledSpec>" "$atlasgen_ref" "$atlasgen_program"
make_app full-aot "<AtlasGenBundledSpec>full</AtlasGenBundledSpec>$aot" "$atlasgen_ref" "$atlasgen_program"
if [ -n "$baseline_ref" ]; then
  baseline_package="<PackageReference Include=\"AtlasGen\" Version=\"$baseline_version\" />"
  make_app full-baseline "<AtlasGenBundledSpec>full</AtlasGenBundledSpec>" "$baseline_package" "$atlasgen_program"
  make_app full-aot-baseline "<AtlasGenBundledSpec>full</AtlasGenBundledSpec>$aot" "$baseline_package" "$atlasgen_program"
fi
make_app kiota "" "$kiota_refs" "$kiota_program"
make_app kiota-aot "$aot" "$kiota_refs" "$kiota_program"

echo "== restore (not timed) and the Kiota tool"
for app in $only; do
  (cd "$work/$app" && dotnet restore -nologo -v:q > "$work/$app.restore.log" 2>&1) || { cat "$work/$app.restore.log"; exit 1; }
done
# The tool manifest in tests/AtlasGen.Benchmarks pins Kiota; restore it there and run it from there.
(cd "$bench_dir" && dotnet tool restore > "$work/tool-restore.log" 2>&1) || { cat "$work/tool-restore.log"; exit 1; }

# timed LOG COMMAND... : runs COMMAND under /usr/bin/time -v, prints "seconds max_rss_kb"; fails loudly if COMMAND fails.
timed() {
  local log=$1; shift
  if ! /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "build-time: FAILED: $*" >&2
    exit 1
  fi
  awk '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
       /Maximum resident set size/ { rss = $NF }
       END { printf "%.2f %d\n", s, rss }' "$log.time"
}

results="$work/results.tsv"
: > "$results"
for i in $(seq 1 "$runs"); do
  for app in $only; do
    dir="$work/$app"
    rm -rf "$dir/bin" "$dir/obj/Release"
    if [[ $app == kiota* ]]; then
      rm -rf "$dir/Generated"
      # Kiota's C# for lineItems:search does not compile (its schema AdditionalData clashes with Kiota's own
      # IAdditionalDataHolder.AdditionalData: CS0535), so that one operation of 540 is left out of Kiota's client.
      read -r gen_s gen_rss < <(cd "$bench_dir" && timed "$work/$app.generate.$i.log" dotnet tool run kiota generate -l CSharp -d "$full_spec" \
        -o "$dir/Generated" -n KiotaAtlas -c KiotaAtlasClient --exclude-backward-compatible --log-level Error \
        --exclude-path '/api/atlas/v2/orgs/{orgId}/invoices/{invoiceId}/lineItems:search')
    else
      gen_s=0; gen_rss=0
    fi
    read -r build_s build_rss < <(cd "$dir" && timed "$work/$app.build.$i.log" dotnet build "${build[@]}")
    total=$(awk -v a="$gen_s" -v b="$build_s" 'BEGIN { printf "%.2f", a + b }')
    rss=$(( gen_rss > build_rss ? gen_rss : build_rss ))
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$app" "$i" "$gen_s" "$build_s" "$total" "$rss" >> "$results"
    printf '  run %d %-12s generate %6ss  build %6ss  total %6ss  peak RSS %5d MB\n' "$i" "$app" "$gen_s" "$build_s" "$total" $(( rss / 1024 ))
  done
done

echo
echo "== medians of $runs run(s); ratios against the empty app and against Kiota (same AOT setting), from this run"
awk -F'\t' '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { gen[$1] = gen[$1] " " $3; bld[$1] = bld[$1] " " $4; tot[$1] = tot[$1] " " $5; if ($6 > rss[$1]) rss[$1] = $6; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
  END {
    for (i = 1; i <= n; i++) { a = order[i]; m[a] = median(tot[a]) }
    printf "| consumer | generate (s) | build (s) | total (s) | peak RSS (MB) | × empty app | × Kiota | peak RSS × Kiota |\n"
    printf "|---|---:|---:|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= n; i++) {
      a = order[i]
      peer = (a ~ /aot/) ? "kiota-aot" : "kiota"
      vs_empty = ("empty" in m && m["empty"] > 0) ? sprintf("%.2f", m[a] / m["empty"]) : "–"
      vs_peer = (peer in m && a !~ /^kiota/ && a != "empty") ? sprintf("%.2f", m[a] / m[peer]) : "–"
      rss_peer = (peer in m && a !~ /^kiota/ && a != "empty") ? sprintf("%.2f", rss[a] / rss[peer]) : "–"
      printf "| %s | %.1f | %.1f | %.1f | %d | %s | %s | %s |\n", a, median(gen[a]), median(bld[a]), m[a], rss[a] / 1024, vs_empty, vs_peer, rss_peer
    }
  }' "$results" | tee "$work/table.md"

for app in full-aot-baseline full-aot; do
  [[ " $only " == *" $app "* ]] && [ "${REPORT_ANALYZERS:-1}" = "1" ] || continue
  echo
  echo "== where the compiler's time goes: $app once more with -p:ReportAnalyzer=true (not in the medians), load $(cut -d' ' -f1-3 /proc/loadavg)"
  dir="$work/$app"
  rm -rf "$dir/bin" "$dir/obj/Release"
  (cd "$dir" && dotnet build "${build[@]}" -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$work/$app.analyzers.log" 2>&1) \
    || { tail -n 40 "$work/$app.analyzers.log"; exit 1; }
  # The Csc task's own time, then Roslyn's per-assembly analyzer and generator times (the slowest first).
  grep -E '^\s+[0-9.]+ ms\s+Csc\s+[0-9]+ calls' "$work/$app.analyzers.log" | tail -n 1 || true
  grep -E 'Total (analyzer|generator) execution time|^\s+[0-9.<]+\s+[0-9]+\s+(ILLink|AtlasGen|Microsoft\.CodeAnalysis|System\.Text\.Json|Microsoft\.Interop|Microsoft\.Extensions)' \
    "$work/$app.analyzers.log" | sed 's/^ *//' | cut -c1-160 | head -n 30 || true
done

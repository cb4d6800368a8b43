# Sourced, never run: what .ci/package-smoke.sh and tests/AtlasGen.Benchmarks/{aot-size,build-time}.sh share to build
# console apps outside the repository against a freshly packed AtlasGen, as a new user does.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The NuGet global packages folder, without a trailing slash. A version restored into it once is never read from a feed
# again, so each script drops its own version (forget_package) before restoring or when it is done.
global_packages=$(dotnet nuget locals global-packages --list | sed -e 's/^[^:]*: *//' -e 's:/*$::')

# forget_package ID VERSION
forget_package() { rm -rf "${global_packages:?}/$1/$2"; }

# pack_into FEED LOG PROJECT [ARGUMENTS...]: dotnet pack -c Release into the folder FEED; the log is printed on failure.
pack_into() {
  local feed=$1 log=$2 project=$3
  shift 3
  dotnet pack "$project" -c Release -o "$feed" -nologo "$@" > "$log" 2>&1 || { cat "$log" >&2; return 1; }
}

# write_feed_config DIR FEED: DIR/nuget.config adds the local folder FEED next to the machine's own sources (never
# <clear/>ed), which serve every other package.
write_feed_config() {
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="atlasgen-local" value="$2" />
  </packageSources>
</configuration>
XML
}

# isolate_from_repository DIR: a work folder inside the repository (WORK=...) must not inherit its Directory.Build.props
# or its central package versions.
isolate_from_repository() {
  echo '<Project />' > "$1/Directory.Build.props"
  echo '<Project />' > "$1/Directory.Build.targets"
  echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' \
    > "$1/Directory.Packages.props"
}

# write_console_project FILE PROPERTIES ITEMS: a net10.0 console app (nullable and implicit usings on) with the extra
# PROPERTIES in its property group and ITEMS (package references) in its item group.
write_console_project() {
  mkdir -p "$(dirname "$1")"
  cat > "$1" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    $2
  </PropertyGroup>
  <ItemGroup>
    $3
  </ItemGroup>
</Project>
XML
}

# start_benchmark_work NAME: sets $work (WORK, or a new temporary folder) and $version (a prerelease of AtlasGen unique to
# this run, so no restored copy can stand in for the one packed now). On exit the restored package goes, and so does
# the work folder unless KEEP=1.
start_benchmark_work() {
  benchmark=$1
  work=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/atlasgen-$benchmark.XXXXXX")}
  mkdir -p "$work"
  version="0.1.0-${benchmark//-/}.$(date +%s)"
  trap end_benchmark_work EXIT
}

end_benchmark_work() {
  forget_package atlasgen "$version"
  if [ "${KEEP:-}" = "1" ]; then echo "$benchmark: kept $work"; else rm -rf "$work"; fi
}

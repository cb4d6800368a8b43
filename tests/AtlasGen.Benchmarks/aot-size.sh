#!/usr/bin/env bash
# NativeAOT size, side by side: the same console app (create a project, then read it back: 2 operations, HTTP Digest)
# published with PublishAot for
#   atlasgen   the packed AtlasGen package (bundled spec), its own digest handler
#   refit      Refit 16.4.0, RestService.ForGenerated over a hand-declared interface and STJ-generated models,
#              .NET's built-in digest (SocketsHttpHandler + CredentialCache)
#   kiota      Kiota 1.38.0 (local tool) generated from the bundled spec, .NET's built-in digest
#   hand       hand-written HttpClient + STJ-generated models, .NET's built-in digest: the floor
# All four share InvariantGlobalization and JsonSerializerIsReflectionEnabledByDefault=false. Each publish also writes
# ILC's .mstat file (KEEP=1 keeps them: open them with sizoscope to see what each binary holds).
#
# Usage: tests/AtlasGen.Benchmarks/aot-size.sh        (WORK, KEEP=1 and ONLY="atlasgen refit" are read from the env)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
bench_dir="$repo/tests/AtlasGen.Benchmarks"
source .ci/consumer-apps.sh
export KIOTA_OFFLINE_ENABLED=true

only=${ONLY:-atlasgen refit kiota hand}
start_benchmark_work aot-size

if [[ " $only " == *" atlasgen "* ]]; then
  echo "== pack AtlasGen $version"
  pack_into "$work/feed" "$work/pack.log" runtime/AtlasGen.Runtime/AtlasGen.Runtime.csproj -p:PackageVersion="$version" -v:q
else
  mkdir -p "$work/feed"
fi
write_feed_config "$work" "$work/feed"
isolate_from_repository "$work"

# make_app NAME PACKAGE_REFERENCES PROGRAM; the project is aot-NAME, since a project named like a package it
# references (AtlasGen) is a restore cycle (NU1108).
make_app() {
  write_console_project "$work/$1/aot-$1.csproj" '<PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
    <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
    <IlcGenerateMstatFile>true</IlcGenerateMstatFile>' "$2"
  printf '%s\n' "$3" > "$work/$1/Program.cs"
}

# The peers' models and digest client: what their users write by hand.
peer_models='public sealed class Group
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public string OrgId { get; set; } = "";
    public long ClusterCount { get; set; }
    public DateTimeOffset Created { get; set; }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Group))]
public sealed partial class AppJsonContext : System.Text.Json.Serialization.JsonSerializerContext { }'
digest_client='static HttpClient DigestClient(string[] args)
{
    var baseAddress = new Uri(args[0]);
    var credentials = new System.Net.CredentialCache { { baseAddress, "Digest", new System.Net.NetworkCredential(args[1], args[2]) } };
    return new HttpClient(new SocketsHttpHandler { Credentials = credentials, PreAuthenticate = true }) { BaseAddress = baseAddress };
}'

make_app atlasgen "<PackageReference Include=\"AtlasGen\" Version=\"$version\" />" 'using AtlasGen.Atlas;
using AtlasGen.Runtime;

if (args.Length != 4) { Console.WriteLine("usage: BASE_URL PUBLIC_KEY PRIVATE_KEY ORG_ID"); return; }
using var atlas = new AtlasClient(new AtlasClientOptions { BaseAddress = new Uri(args[0]), PublicKey = args[1], PrivateKey = args[2] });
var created = await atlas.Projects.CreateGroupAsync(new Group { Name = "aot-size", OrgId = args[3] });
var read = await atlas.Projects.GetGroupAsync(created.Id!);
Console.WriteLine($"{read.Name} {read.Id}");'

make_app hand "" "using System.Net.Http.Json;

if (args.Length != 4) { Console.WriteLine(\"usage: BASE_URL PUBLIC_KEY PRIVATE_KEY ORG_ID\"); return; }
using var http = DigestClient(args);
const string mediaType = \"application/vnd.atlas.2023-01-01+json\";
using var create = new HttpRequestMessage(HttpMethod.Post, \"/api/atlas/v2/groups\")
{
    Content = JsonContent.Create(new Group { Name = \"aot-size\", OrgId = args[3] }, AppJsonContext.Default.Group, new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType)),
};
create.Headers.Accept.ParseAdd(mediaType);
using var created = await http.SendAsync(create);
created.EnsureSuccessStatusCode();
var group = (await created.Content.ReadFromJsonAsync(AppJsonContext.Default.Group))!;
using var get = new HttpRequestMessage(HttpMethod.Get, \"/api/atlas/v2/groups/\" + Uri.EscapeDataString(group.Id!));
get.Headers.Accept.ParseAdd(mediaType);
using var answer = await http.SendAsync(get);
answer.EnsureSuccessStatusCode();
var read = (await answer.Content.ReadFromJsonAsync(AppJsonContext.Default.Group))!;
Console.WriteLine(\$\"{read.Name} {read.Id}\");

$digest_client

$peer_models"

make_app refit '<PackageReference Include="Refit" Version="16.4.0" />' "using Refit;

if (args.Length != 4) { Console.WriteLine(\"usage: BASE_URL PUBLIC_KEY PRIVATE_KEY ORG_ID\"); return; }
using var http = DigestClient(args);
var atlas = RestService.ForGenerated<IAtlasApi>(http, AppJsonContext.Default);
var created = await atlas.CreateGroupAsync(new Group { Name = \"aot-size\", OrgId = args[3] });
var read = await atlas.GetGroupAsync(created.Id!);
Console.WriteLine(\$\"{read.Name} {read.Id}\");

$digest_client

public interface IAtlasApi
{
    [Post(\"/api/atlas/v2/groups\")]
    [Headers(\"Accept: application/vnd.atlas.2023-01-01+json\")]
    Task<Group> CreateGroupAsync([Body] Group body);

    [Get(\"/api/atlas/v2/groups/{groupId}\")]
    [Headers(\"Accept: application/vnd.atlas.2023-01-01+json\")]
    Task<Group> GetGroupAsync(string groupId);
}

$peer_models"

make_app kiota '<PackageReference Include="Microsoft.Kiota.Abstractions" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Form" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Multipart" Version="2.1.6" />' "using KiotaAtlas;
using KiotaAtlas.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

if (args.Length != 4) { Console.WriteLine(\"usage: BASE_URL PUBLIC_KEY PRIVATE_KEY ORG_ID\"); return; }
using var http = DigestClient(args);
var atlas = new KiotaAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = args[0].TrimEnd('/') });
var created = await atlas.Api.Atlas.V2.Groups.PostAsync(new Group { Name = \"aot-size\", OrgId = args[3] });
var read = await atlas.Api.Atlas.V2.Groups[created!.Id!].GetAsync();
Console.WriteLine(\$\"{read!.Name} {read.Id}\");

$digest_client"

if [[ " $only " == *" kiota "* ]]; then
  echo "== kiota generate (bundled spec)"
  (cd "$bench_dir" && dotnet tool restore > "$work/tool-restore.log" 2>&1 && dotnet tool run kiota generate -l CSharp -d "$repo/spec/atlas-admin-v2.yaml" \
    -o "$work/kiota/Generated" -n KiotaAtlas -c KiotaAtlasClient --exclude-backward-compatible --log-level Error > "$work/kiota.generate.log" 2>&1) \
    || { cat "$work/tool-restore.log" "$work/kiota.generate.log"; exit 1; }
fi

declare -A size warnings
for app in $only; do
  echo "== publish $app"
  (cd "$work/$app" && dotnet publish -c Release -nologo -o "$work/$app/out" > "$work/$app.publish.log" 2>&1) || { tail -n 40 "$work/$app.publish.log"; exit 1; }
  size[$app]=$(stat -c %s "$work/$app/out/aot-$app")
  warnings[$app]=$(grep -cE 'warning (IL|AOT)[0-9]+' "$work/$app.publish.log" || true)
done

echo
echo "| app (2 operations, digest) | NativeAOT binary (bytes) | MB | × Refit | IL/AOT warnings |"
echo "|---|---:|---:|---:|---:|"
for app in $only; do
  vs_refit="–"
  [ -n "${size[refit]:-}" ] && vs_refit=$(awk -v a="${size[$app]}" -v b="${size[refit]}" 'BEGIN { printf "%.2f", a / b }')
  printf '| %s | %d | %.2f | %s | %s |\n' "$app" "${size[$app]}" "$(awk -v b="${size[$app]}" 'BEGIN { print b / 1048576 }')" "$vs_refit" "${warnings[$app]}"
done
for app in $only; do
  mstat=$(find "$work/$app/obj" -name '*.mstat' | head -n 1)
  [ -n "$mstat" ] && echo "mstat ($app): $mstat"
done

# Where the bytes go: native code and data per symbol prefix (≈ assembly and namespace), from the symbols ILC leaves in
# the .dbg file beside each binary. A comparison of AtlasGen with Refit, largest differences first.
if command -v nm >/dev/null 2>&1 && [ -f "$work/atlasgen/out/aot-atlasgen.dbg" ] && [ -f "$work/refit/out/aot-refit.dbg" ]; then
  echo
  echo "== symbol bytes by prefix, atlasgen vs refit (largest differences first)"
  for app in atlasgen refit; do
    # -t d: sizes in decimal (mawk has no hex conversion).
    nm -S -t d --size-sort "$work/$app/out/aot-$app.dbg" 2>/dev/null \
      | awk 'NF == 4 { n = split($4, p, "_"); key = p[1]; for (i = 2; i <= 3 && i <= n; i++) key = key "_" p[i]; bytes[key] += $2 + 0 }
             END { for (k in bytes) printf "%s\t%d\n", k, bytes[k] }' > "$work/$app.symbols.tsv"
  done
  awk -F'\t' 'NR == FNR { a[$1] = $2; next } { r[$1] = $2 }
    END { for (k in a) d[k] = a[k] - r[k]; for (k in r) if (!(k in a)) d[k] = -r[k]
          for (k in d) printf "%d\t%s\t%d\t%d\n", d[k], k, a[k], r[k] }' "$work/atlasgen.symbols.tsv" "$work/refit.symbols.tsv" \
    | sort -t$'\t' -k1,1nr | awk 'NR <= 15' \
    | awk -F'\t' 'BEGIN { printf "| symbol prefix | atlasgen (KB) | refit (KB) | difference (KB) |\n|---|---:|---:|---:|\n" }
                  { printf "| %s | %.0f | %.0f | %+.0f |\n", $2, $3 / 1024, $4 / 1024, $1 / 1024 }'
fi

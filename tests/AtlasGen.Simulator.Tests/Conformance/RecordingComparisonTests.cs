using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AtlasGen.Runtime;
using AtlasGen.Simulator.Tests.Infrastructure;
using AtlasGen.TestData;
using Xunit;
using AtlasGen.Simulator.Spec;
using Routes = AtlasGen.Simulator.Models.AtlasClientSimulatorSpec;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>
/// For each recording of a seed operation (../shared/real-responses), the simulator gets an equivalent request (same
/// path shape and version, state set up first) and must answer with the same status, headers of the same names
/// (RateLimit-*, Deprecation/Sunset, X-Error-Code on errors) and the same top-level properties.
/// </summary>
public sealed partial class RecordingComparisonTests : IClassFixture<SimulatorFixture>
{
    private static readonly string[] s_comparedHeaders = { "RateLimit-Limit", "RateLimit-Remaining", "X-Error-Code", "Deprecation", "Sunset" };
    private readonly SimulatorFixture _sim;

    public RecordingComparisonTests(SimulatorFixture sim) => _sim = sim;

    [RealResponsesFact]
    public async Task Each_recorded_seed_operation_gets_the_same_status_header_names_and_top_level_properties()
    {
        var compared = 0;
        var differences = new List<string>();
        foreach (var recorded in Recording.LoadAll(ExternalData.RecordingsDirectory))
        {
            var name = recorded.FileName;
            if (Match(name) is not { } match)
            {
                continue;
            }

            if (recorded.Status == 401)
            {
                continue; // An unauthenticated call: AtlasBehaviourTests covers 401 on every operation.
            }

            var (route, values) = match;
            var answer = await SendEquivalentAsync(route, values, recorded);
            compared++;
            if (answer.Status != recorded.Status)
            {
                differences.Add($"{name}: status {answer.Status}, Atlas {recorded.Status} ({answer.Body})");
                continue;
            }

            foreach (var header in s_comparedHeaders.Where(h => recorded.Header(h) is not null))
            {
                if (!answer.Headers.Contains(header))
                {
                    differences.Add($"{name}: no {header} header");
                }
            }

            var recordedTopLevel = TopLevelProperties.Of(System.Text.Encoding.UTF8.GetString(recorded.Body));
            var missing = recordedTopLevel.Except(answer.TopLevel).ToList();
            var extra = answer.TopLevel.Except(recordedTopLevel).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                differences.Add($"{name}: properties missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]");
            }
        }

        Assert.True(compared >= 30, $"Only {compared} recordings matched a seed operation.");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>The seed operation a recording's file name names: its method, then its path with '/' written as '_'.</summary>
    private static (OperationRoute Route, Dictionary<string, string> Values)? Match(string fileName)
    {
        var parts = FileName().Match(fileName);
        if (!parts.Success)
        {
            return null;
        }

        var method = parts.Groups["method"].Value;
        var path = parts.Groups["path"].Value;
        foreach (var route in Routes.Instance.Operations.Where(r => r.Method == method).OrderByDescending(r => r.PathTemplate.Count(c => c == '{') == 0))
        {
            var names = new List<string>();
            var pattern = "^" + string.Join("_", route.PathTemplate.Trim('/').Split('/').Select(segment =>
            {
                if (segment.StartsWith('{'))
                {
                    // '_' stands for '/' in the file name, so a value is one segment: a known value (which may hold '_'), or no '_'.
                    var parameter = route.Parameters.First(p => p.Name == segment[1..^1]);
                    names.Add(parameter.Name);
                    return parameter.KnownValues.Count > 0 ? "(" + string.Join("|", parameter.KnownValues.Select(Regex.Escape)) + ")" : "([^_]+)";
                }

                return Regex.Escape(segment);
            })) + "$";
            var bound = Regex.Match(path, pattern);
            if (bound.Success)
            {
                return (route, names.Select((n, i) => (n, bound.Groups[i + 1].Value)).ToDictionary(p => p.n, p => p.Item2));
            }
        }

        return null;
    }

    private async Task<Answer> SendEquivalentAsync(OperationRoute route, Dictionary<string, string> recordedValues, Recording recorded)
    {
        using var wire = _sim.Wire();
        var setup = new Setup(wire, _sim.Org);
        var values = await setup.ValuesForAsync(route, recordedValues, recorded);
        var path = route.PathTemplate;
        foreach (var (name, value) in values)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        var version = recorded.MediaType ?? route.Versions[0].MediaType;
        if (!route.Versions.Any(v => v.MediaType == version))
        {
            version = route.Versions[0].MediaType;
        }

        var response = await wire.SendAsync(new HttpMethod(route.Method), path.TrimStart('/'), Setup.BodyFor(route, values, _sim.Org), version);
        return new Answer(
            (int)response.Status,
            response.Message.Headers.Concat(response.Message.Content.Headers).Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase),
            TopLevelProperties.Of(response.Body),
            response.Body);
    }

    private sealed record Answer(int Status, HashSet<string> Headers, HashSet<string> TopLevel, string Body);

    [GeneratedRegex(@"^\d{4}__(?<method>GET|POST|PUT|PATCH|DELETE)_(?<path>api_atlas_v2_.+)_\d+\.snaphost$")]
    private static partial Regex FileName();
}

using System.Text.RegularExpressions;
using AtlasGen.TestData;
using Xunit.Abstractions;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>
/// An independent validator, Prism, between the generated client and the simulator: every operation and the common
/// error cases go through it, and it must report no violation except the digest handshake's "Invalid security
/// scheme" and the spec-versus-Atlas contradictions the simulator README lists, each with the recording that shows it.
/// </summary>
public sealed partial class PrismConformanceTests : IClassFixture<PrismProxyFixture>
{
    private const string ViolationMarker = "Violation:";
    private readonly PrismProxyFixture _prism;
    private readonly ITestOutputHelper _output;

    public PrismConformanceTests(PrismProxyFixture prism, ITestOutputHelper output)
    {
        _prism = prism;
        _output = output;
    }

    [PrismFact]
    public async Task Every_operation_and_the_error_cases_pass_Prism_with_only_the_documented_exceptions()
    {
        Assert.True(RepositoryPaths.Prism() is not null, "Prism is required when CI=true: .ci/run installs @stoplight/prism-cli 5.16.0 under .ci/prism.");
        var options = _prism.Options();
        using (var atlas = new AtlasClient(options))
        {
            await OperationWalk.RunAsync(atlas, _prism.Simulator.Organization);
        }

        using var wire = new WireClient(_prism.ProxyAddress, AtlasHttpClientFactory.Create(options));
        var group = (await wire.PostAsync("api/atlas/v2/groups", $$"""{"name":"prism-{{Guid.NewGuid():N}}","orgId":"{{_prism.Simulator.Organization.Id}}"}""")).Json.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await wire.GetAsync("api/atlas/v2/groups/111111111111111111111111")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await wire.GetAsync($"api/atlas/v2/orgs/{_prism.Simulator.Organization.Id}/apiKeys/111111111111111111111111")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await wire.PatchAsync($"api/atlas/v2/groups/{group}/limits/atlas.project.deployment.clusters", """{"value":0}""")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await wire.PostAsync($"api/atlas/v2/groups/{group}/teams", $$"""[{"teamId":"{{_prism.Simulator.Organization.TeamIds[0]}}","roleNames":["GROUP_READ_ONLY"]},{"teamId":"{{_prism.Simulator.Organization.TeamIds[0]}}","roleNames":["GROUP_OWNER"]}]""")).Status);
        Assert.Equal(HttpStatusCode.Accepted, (await wire.DeleteAsync($"api/atlas/v2/groups/{group}")).Status);

        // Prism logs asynchronously; give the last lines a moment.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var allowed = DocumentedContradictions();
        // Errors only: Prism also warns (e.g. a 409 the spec doesn't list), which is not a violation.
        var violations = _prism.Log.Where(line => line.Contains(ViolationMarker, StringComparison.Ordinal) && line.Contains("✖", StringComparison.Ordinal)).ToList();
        foreach (var violation in violations)
        {
            _output.WriteLine(violation);
        }

        Assert.Contains(_prism.Log, line => line.Contains("Invalid security scheme", StringComparison.Ordinal));
        var unexplained = violations
            .Where(line => !line.Contains("Invalid security scheme", StringComparison.Ordinal))
            .Where(line => !allowed.Any(fragment => line.Contains(fragment, StringComparison.Ordinal)))
            .ToList();
        Assert.True(unexplained.Count == 0, "Prism found violations the simulator README doesn't explain:\n" + string.Join("\n", unexplained));
    }

    /// <summary>
    /// The README's section "Where the spec contradicts Atlas": each bullet starts with the Prism message fragment in
    /// backticks and names the recording that shows Atlas's side, which must exist.
    /// </summary>
    private static string[] DocumentedContradictions()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "runtime", "AtlasGen.Simulator", "README.md"));
        var section = readme.SkipWhile(line => !line.StartsWith("## Where the spec contradicts Atlas", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
        var fragments = section.Select(line => Bullet().Match(line)).Where(m => m.Success).ToList();
        foreach (var bullet in fragments)
        {
            Assert.True(File.Exists(Path.Combine(ExternalData.RecordingsDirectory, bullet.Groups["recording"].Value)) || !Directory.Exists(ExternalData.RecordingsDirectory),
                $"The README cites {bullet.Groups["recording"].Value}, which is not among the recordings.");
        }

        return fragments.Select(m => m.Groups["fragment"].Value).ToArray();
    }

    [GeneratedRegex(@"^- `(?<fragment>[^`]+)`.*`(?<recording>\d{4}__[^`]+\.snaphost)`")]
    private static partial Regex Bullet();
}

using AtlasGen.TestData.Prism;
using Xunit.Abstractions;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>
/// An independent validator, Prism, between the generated client and the simulator: every operation and the common
/// error cases go through it, and it must report no violation except the digest handshake's "Invalid security
/// scheme" and the spec-versus-Atlas contradictions the simulator README lists, each with the recording that shows it.
/// </summary>
public sealed class PrismConformanceTests : IClassFixture<PrismProxyFixture>
{
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
        Assert.True(PrismProxy.Find() is not null, "Prism is required when CI=true: .ci/run installs @stoplight/prism-cli 5.16.0 under .ci/prism.");
        var options = _prism.Options();
        using (var atlas = new AtlasClient(options))
        {
            await OperationWalk.RunAsync(atlas, _prism.Simulator.Organization);
        }

        using var wire = new WireClient(_prism.Proxy.Address, AtlasHttpClientFactory.Create(options));
        var group = (await wire.PostAsync("api/atlas/v2/groups", $$"""{"name":"prism-{{Guid.NewGuid():N}}","orgId":"{{_prism.Simulator.Organization.Id}}"}""")).Json.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await wire.GetAsync("api/atlas/v2/groups/111111111111111111111111")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await wire.GetAsync($"api/atlas/v2/orgs/{_prism.Simulator.Organization.Id}/apiKeys/111111111111111111111111")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await wire.PatchAsync($"api/atlas/v2/groups/{group}/limits/atlas.project.deployment.clusters", """{"value":0}""")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await wire.PostAsync($"api/atlas/v2/groups/{group}/teams", $$"""[{"teamId":"{{_prism.Simulator.Organization.TeamIds[0]}}","roleNames":["GROUP_READ_ONLY"]},{"teamId":"{{_prism.Simulator.Organization.TeamIds[0]}}","roleNames":["GROUP_OWNER"]}]""")).Status);
        Assert.Equal(HttpStatusCode.Accepted, (await wire.DeleteAsync($"api/atlas/v2/groups/{group}")).Status);

        await _prism.Proxy.SettleAsync();
        var violations = _prism.Proxy.Violations;
        foreach (var violation in violations)
        {
            _output.WriteLine(violation);
        }

        Assert.Contains(_prism.Proxy.Log, line => line.Contains("Invalid security scheme", StringComparison.Ordinal));
        var unexplained = DocumentedPrismViolations.Unexplained(
            violations.Where(line => !line.Contains("Invalid security scheme", StringComparison.Ordinal)).ToArray(),
            DocumentedPrismViolations.Read("## Where the spec contradicts Atlas"));
        Assert.True(unexplained.Length == 0, "Prism found violations the simulator README doesn't explain:\n" + string.Join("\n", unexplained));
    }
}

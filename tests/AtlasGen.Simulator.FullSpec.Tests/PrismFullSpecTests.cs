using System;
using System.Linq;
using System.Threading.Tasks;
using AtlasGen.Simulator.FullSpec.Tests.Infrastructure;
using AtlasGen.TestData.Prism;
using Xunit.Abstractions;

namespace AtlasGen.Simulator.FullSpec.Tests;

/// <summary>
/// The every-operation run again, with Prism loaded with the same full spec as a validating proxy between the generated
/// client and the full-spec simulator: Prism must report no violation except the digest handshake's "Invalid security
/// scheme" and those the simulator README documents (each by mechanism with the recording that shows Atlas's side).
/// </summary>
public sealed class PrismFullSpecTests
{
    private readonly ITestOutputHelper _output;

    public PrismFullSpecTests(ITestOutputHelper output) => _output = output;

    [PrismFullSpecFact]
    public async Task Every_operation_of_the_newest_full_spec_passes_Prism_with_only_the_documented_violations()
    {
#if ATLASGEN_FULL_SPEC
        Assert.True(PrismProxy.Find() is not null, "Prism is required when CI=true: .ci/run installs @stoplight/prism-cli 5.16.0 under .ci/prism.");
        await using var session = await FullSpecSession.StartAsync(PrismProxy.Find());
        var proxy = session.Proxy!;
        _output.WriteLine($"Prism started in {proxy.StartupTime.TotalSeconds:F1} s");
        var outcomes = await EveryOperationRun.RunAsync(session);
        await proxy.SettleAsync();

        Assert.Equal(540, outcomes.Count(o => o.Outcome.Sent));
        var violations = proxy.Violations;
        foreach (var violation in violations)
        {
            _output.WriteLine(violation);
        }

        Assert.Contains(proxy.Log, line => line.Contains("Invalid security scheme", StringComparison.Ordinal));
        // Only the bundled-spec list so far: the full spec's further violations are not yet classified (issue 14).
        var documented = DocumentedPrismViolations.Read("## Where the spec contradicts Atlas");
        var unexplained = DocumentedPrismViolations.Unexplained(
            violations.Where(line => !line.Contains("Invalid security scheme", StringComparison.Ordinal)).ToArray(), documented);
        Assert.True(unexplained.Length == 0, $"Prism found {unexplained.Length} violations the simulator README doesn't explain:\n" + string.Join("\n", unexplained));
#else
        await Task.CompletedTask;
        Assert.Fail(FullSpecBuild.SkipReason ?? "The full spec was not generated.");
#endif
    }
}

/// <summary>Needs the full newest spec generated and Prism installed: skipped with the reason without them, run (and failing) under CI=true.</summary>
public sealed class PrismFullSpecFactAttribute : FactAttribute
{
    public PrismFullSpecFactAttribute() => Skip = FullSpecBuild.SkipReason ?? PrismProxy.SkipReason;
}

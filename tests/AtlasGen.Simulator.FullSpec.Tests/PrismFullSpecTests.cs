using System.Text.RegularExpressions;
using AtlasGen.Simulator.FullSpec.Tests.Infrastructure;
using AtlasGen.TestData.Prism;
using Xunit.Abstractions;

namespace AtlasGen.Simulator.FullSpec.Tests;

/// <summary>
/// The every-operation run, which goes through Prism loaded with the same full spec as a validating proxy between the
/// generated client and the full-spec simulator: Prism must report no violation except those the simulator README
/// documents, each by a rule: the spec contradicts Atlas (with the recording that shows Atlas's side), or Prism cannot
/// check it (the digest handshake).
/// </summary>
[Collection(EveryOperationRunCollection.Name)]
public sealed class PrismFullSpecTests(EveryOperationRunFixture run, ITestOutputHelper output) : EveryOperationRunJudge(run, output)
{
    [PrismFullSpecFact]
    public void Every_operation_of_the_newest_full_spec_passes_Prism_with_only_the_documented_violations()
    {
#if ATLASGEN_FULL_SPEC
        Assert.True(Run.Proxy is not null, "Prism is required when CI=true: .ci/run installs @stoplight/prism-cli 5.16.0 under .ci/prism.");
        var proxy = Run.Proxy!;
        Output.WriteLine($"Prism started in {proxy.StartupTime.TotalSeconds:F1} s");
        Assert.Equal(540, Run.Outcomes.Count(o => o.Outcome.Sent));
        Assert.Contains(proxy.Log, line => line.Contains("Invalid security scheme", StringComparison.Ordinal));

        var operations = FullSpecBuild.Spec.Operations
            .Select(route => (route.Method, Template: new Regex("^" + Regex.Replace(Regex.Escape(route.PathTemplate), @"\\\{[^}]+}", "[^/?]+") + @"(\?.*)?$"), route.OperationId, Literal: Regex.Replace(route.PathTemplate, @"\{[^}]+}", "").Length))
            .OrderByDescending(o => o.Literal)
            .ToList();
        string OperationOf(string request)
        {
            var space = request.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? "(no request)"
                : operations.FirstOrDefault(o => o.Method == request[..space] && o.Template.IsMatch(request[(space + 1)..])).OperationId ?? "(no operation)";
        }

        // Each violation as "operationId: Prism's message (METHOD /path)", so a rule may name an operation as well as a message.
        var violations = proxy.AttributedViolations().Select(v => $"{OperationOf(v.Request)}: {v.Message} ({v.Request})").ToArray();
        var rules = DocumentedPrismViolations.Read("## Where the spec contradicts Atlas")
            .Concat(DocumentedPrismViolations.Read("## Prism over the whole spec", recordingRequired: false))
            .ToArray();
        foreach (var rule in rules)
        {
            Output.WriteLine($"{violations.Count(v => v.Contains(rule, StringComparison.Ordinal)),5}  {rule}");
        }

        var unexplained = DocumentedPrismViolations.Unexplained(violations, rules);
        Assert.True(unexplained.Length == 0, $"Prism found {unexplained.Length} of {violations.Length} violations that no rule of the simulator README explains (operation: Prism's message (request)):\n" + string.Join("\n", unexplained));
#else
        Assert.Fail(FullSpecBuild.SkipReason ?? "The full spec was not generated.");
#endif
    }
}

/// <summary>Needs the full newest spec generated and Prism installed: skipped with the reason without them, run (and failing) under CI=true.</summary>
public sealed class PrismFullSpecFactAttribute : FactAttribute
{
    public PrismFullSpecFactAttribute() => Skip = FullSpecBuild.SkipReason ?? PrismProxy.SkipReason;
}

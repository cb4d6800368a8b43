using System.Text;
using System.Text.RegularExpressions;
using AtlasGen.Simulator.FullSpec.Tests.Infrastructure;
using AtlasGen.Simulator.Routing;
using AtlasGen.Simulator.Spec;
using AtlasGen.TestData.Prism;
using Xunit.Abstractions;

namespace AtlasGen.Simulator.FullSpec.Tests;

/// <summary>
/// Every operation of the newest full spec, through the generated client, against the simulator built for that spec
/// (seed operations by their handlers, the rest by the engine), with arguments the generic driver builds from each
/// operation's metadata. Creates run first (parents before children), deletes last (children before parents). The walk
/// runs once, through Prism loaded with the same spec as a validating proxy when Prism is installed, and both tests
/// judge it: the client's view of every answer, and Prism's violations, which must each fall under a rule of the
/// simulator README (the spec contradicts Atlas, with the recording that shows Atlas's side; or Prism cannot check it).
/// </summary>
[Collection(EveryOperationRunCollection.Name)]
public sealed class EveryOperationTests(EveryOperationRunFixture run, ITestOutputHelper output)
{
    // Fields, not the parameters themselves: only the full-spec build reads them, and an unread parameter is a warning.
    private readonly EveryOperationRunFixture _run = run;
    private readonly ITestOutputHelper _output = output;

    [SkippableFullSpecFact]
    public void Every_operation_of_the_newest_full_spec_answers_without_5xx_or_a_missing_route_and_with_a_body_the_client_reads()
    {
#if ATLASGEN_FULL_SPEC
        var spec = FullSpecBuild.Spec;
        var outcomes = _run.Outcomes;

        var table = new StringBuilder();
        foreach (var (route, outcome) in outcomes)
        {
            table.AppendLine($"{route.OperationId,-60} {route.Method,-6} {(outcome.Sent ? outcome.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unsent"),-6} {(OperationHandlers.IsHandWritten(route.OperationId) ? "handler" : "engine"),-7} {outcome.ErrorCode} {(outcome.Sent ? "" : outcome.Detail)}");
        }

        var answered = outcomes.Count(o => o.Outcome.Sent);
        var succeeded = outcomes.Count(o => o.Outcome.IsSuccess);
        _output.WriteLine(table.ToString());
        _output.WriteLine($"operations: {spec.Operations.Count}, answered: {answered}, 2xx: {succeeded}, "
            + string.Join(", ", outcomes.Where(o => o.Outcome.Sent && !o.Outcome.IsSuccess).GroupBy(o => $"{o.Outcome.Status} {o.Outcome.ErrorCode}").OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}")));
        _output.WriteLine("4xx by error code:" + Environment.NewLine + string.Join(Environment.NewLine, OutcomeReport.ClientErrorsByCode(outcomes)));

        Assert.Equal(540, spec.Operations.Count);
        Assert.Empty(outcomes.Where(o => !o.Outcome.Sent).Select(o => $"{o.Route.OperationId}: the client sent nothing ({o.Outcome.Detail})"));
        Assert.Equal(540, answered);
        Assert.Empty(outcomes.Where(o => o.Outcome.Status >= 500).Select(o => $"{o.Route.OperationId}: {o.Outcome.Status} {o.Outcome.Detail}"));
        Assert.Empty(outcomes.Where(o => o.Outcome.IsRouteNotFound).Select(o => o.Route.OperationId));
        var unreadable = outcomes.Where(o => o.Outcome.IsSuccess && !o.Outcome.ClientAccepted).Select(o => $"{o.Route.OperationId}: {o.Outcome.Detail}").ToList();
        _output.WriteLine(string.Join(Environment.NewLine, unreadable));
        Assert.Empty(unreadable);
        Assert.True(succeeded >= SuccessFloor, $"{succeeded} of 540 operations succeeded; the floor is {SuccessFloor}");
#else
        Assert.Fail(FullSpecBuild.SkipReason ?? "The full spec was not generated.");
#endif
    }

    [PrismFullSpecFact]
    public void Every_operation_of_the_newest_full_spec_passes_Prism_with_only_the_documented_violations()
    {
#if ATLASGEN_FULL_SPEC
        Assert.True(_run.Proxy is not null, "Prism is required when CI=true: .ci/run installs @stoplight/prism-cli 5.16.0 under .ci/prism.");
        var proxy = _run.Proxy!;
        _output.WriteLine($"Prism started in {proxy.StartupTime.TotalSeconds:F1} s");
        Assert.Equal(540, _run.Outcomes.Count(o => o.Outcome.Sent));
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
            _output.WriteLine($"{violations.Count(v => v.Contains(rule, StringComparison.Ordinal)),5}  {rule}");
        }

        var unexplained = DocumentedPrismViolations.Unexplained(violations, rules);
        Assert.True(unexplained.Length == 0, $"Prism found {unexplained.Length} of {violations.Length} violations that no rule of the simulator README explains (operation: Prism's message (request)):\n" + string.Join("\n", unexplained));
#else
        Assert.Fail(FullSpecBuild.SkipReason ?? "The full spec was not generated.");
#endif
    }

    /// <summary>
    /// The 2xx count the run shows (492 of 540; the rest are 4xx: sunset versions, values the driver cannot make valid,
    /// and items the driver did not create: see the printed 4xx by error code). The driver addresses what it created
    /// (composite keys too) and fills what a MISSING_ATTRIBUTE names, so the engine's rules answer as Atlas does.
    /// </summary>
    private const int SuccessFloor = 492;
}

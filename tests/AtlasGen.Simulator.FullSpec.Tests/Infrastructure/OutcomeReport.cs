#if ATLASGEN_FULL_SPEC
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>The every-operation run's 4xx answers grouped by Atlas error code, most frequent first, each with its operations: what a closing note quotes.</summary>
internal static class OutcomeReport
{
    public static IEnumerable<string> ClientErrorsByCode(IEnumerable<(OperationRoute Route, CallOutcome Outcome)> outcomes)
        => outcomes
            .Where(o => o.Outcome.Status is >= 400 and < 500)
            .GroupBy(o => $"{o.Outcome.Status} {o.Outcome.ErrorCode ?? "(no code)"}")
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()} ({string.Join(", ", g.Select(o => o.Route.OperationId))})");
}
#endif

#if ATLASGEN_FULL_SPEC
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Engine;
using AtlasGen.Simulator.Routing;
using AtlasGen.Simulator.Spec;
using Xunit;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// The generic driver's walk over every operation of the full spec: creates first (parents before children), deletes
/// last (children before parents), each item created handed to the operations under it. Shared by the plain run and
/// the run through Prism.
/// </summary>
internal static class EveryOperationRun
{
    public static async Task<List<(OperationRoute Route, CallOutcome Outcome)>> RunAsync(FullSpecSession session)
    {
        var spec = FullSpecBuild.Spec;
        var inferred = ResourceInference.Infer(spec);
        Assert.All(spec.Operations, route => Assert.True(session.Driver.Knows(route.OperationId), $"the generated client has no method for {route.OperationId}"));

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var outcomes = new List<(OperationRoute Route, CallOutcome Outcome)>();
        foreach (var route in Ordered(spec.Operations, inferred))
        {
            var values = new Dictionary<string, string>(session.Values, StringComparer.Ordinal);
            var operation = inferred[route.OperationId];
            if (operation.KeyParameter is { } key && keys.TryGetValue(operation.CollectionTemplate, out var created))
            {
                values[key] = created;
            }

            var outcome = await session.Driver.CallAsync(route, values);
            if (outcome.Status >= 500 && session.Proxy is not null)
            {
                // Prism answers some calls itself with a 5xx (a GET with a body, some text bodies): the simulator's answer is what is judged.
                outcome = await session.DirectDriver().CallAsync(route, values);
            }

            outcomes.Add((route, outcome));
            if (operation.Role == OperationRole.Create && outcome.IsSuccess && outcome.Response is JsonObject item
                && inferred.Values.FirstOrDefault(o => o.CollectionTemplate == operation.CollectionTemplate && o.KeyParameter is not null) is { } itemOperation
                && KeyInference.KeyOf(item, itemOperation.KeyParameter) is { } itemKey)
            {
                keys[operation.CollectionTemplate] = itemKey;
                // Children of the new item find it under its key; the project and organization stay the ones the simulator knows.
                if (itemOperation.KeyParameter is not ("groupId" or "orgId"))
                {
                    session.Values[itemOperation.KeyParameter!] = itemKey;
                }
            }
        }

        return outcomes;
    }

    /// <summary>Creates first, shallow paths before deep ones; then reads and updates in spec order; deletes last, deep before shallow.</summary>
    private static IEnumerable<OperationRoute> Ordered(IEnumerable<OperationRoute> routes, IReadOnlyDictionary<string, InferredOperation> inferred)
    {
        static int Depth(OperationRoute route) => route.PathTemplate.Count(c => c == '/');
        static int Phase(OperationRole role) => role switch
        {
            OperationRole.Create => 0,
            OperationRole.Delete or OperationRole.SingletonDelete => 2,
            _ => 1,
        };

        var list = routes.ToList();
        return list
            .OrderBy(r => Phase(inferred[r.OperationId].Role))
            .ThenBy(r => Phase(inferred[r.OperationId].Role) switch { 0 => Depth(r), 2 => -Depth(r), _ => 0 })
            .ThenBy(r => list.IndexOf(r));
    }
}
#endif

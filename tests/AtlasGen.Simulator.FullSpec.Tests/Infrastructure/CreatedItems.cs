#if ATLASGEN_FULL_SPEC
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Engine;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// What the driver created, by collection: the path values that address the newest item of each (its key parameter,
/// or every part of a composite key), read from the created item as the engine keys it (<see cref="KeyInference"/> and
/// the collection's rule), and the fields that hold its key. Every later operation whose path names the item (the
/// item itself, or anything below it) is sent with those values, so the driver reads what it made instead of names
/// it made up; an update keeps the key fields, as Atlas requires (a cluster's name cannot change).
/// </summary>
internal sealed class CreatedItems
{
    private readonly IReadOnlyDictionary<string, InferredOperation> _inferred;
    private readonly Dictionary<string, IReadOnlyList<string>> _keyParameters;

    // The rules only key items here; their options (provisioning times) play no part in that.
    private readonly ResourceRules _rules = new(new AtlasSimulatorOptions());
    private readonly Dictionary<string, Created> _created = new(StringComparer.Ordinal);

    public CreatedItems(SimulatorSpec spec)
    {
        _inferred = ResourceInference.Infer(spec);
        _keyParameters = ResourceInference.KeyParameters(_inferred);
    }

    /// <summary>The path values addressing <paramref name="item"/> of <paramref name="collection"/>; empty when its item path takes no key it carries.</summary>
    public IReadOnlyDictionary<string, string> PathValuesOf(string collection, JsonObject item)
        => _keyParameters.TryGetValue(collection, out var parameters)
            ? KeyInference.PathValuesOf(item, _rules.For(collection), parameters)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Remembers the item a successful create made. A deleted item stays remembered: reading it again must be its own 404,
    /// not one for a name the driver made up. Projects and organizations are left to the simulator's own (the parents
    /// every path is checked against).
    /// </summary>
    public void Learn(OperationRoute route, CallOutcome outcome)
    {
        var operation = _inferred[route.OperationId];
        if (operation.Role == OperationRole.Create && outcome.IsSuccess
            && _keyParameters.TryGetValue(operation.CollectionTemplate, out var parameters) && !ResourceInference.IsKnownParent(parameters[0])
            && ItemOf(outcome.Response) is { } item && PathValuesOf(operation.CollectionTemplate, item) is { Count: > 0 } values)
        {
            _created[operation.CollectionTemplate] = new Created(values, KeyInference.KeyFieldsOf(item, parameters));
        }
    }

    /// <summary>Sets the path values of every created item <paramref name="route"/>'s path names, itself or a parent above it.</summary>
    public void Address(OperationRoute route, IDictionary<string, string> values)
    {
        foreach (var (collection, created) in _created)
        {
            if (Names(route.PathTemplate, collection))
            {
                foreach (var (parameter, value) in created.PathValues)
                {
                    values[parameter] = value;
                }
            }
        }
    }

    /// <summary>An update of a created item sends its key fields unchanged (a cluster's PATCH names the cluster it patches).</summary>
    public void KeepKeyFields(OperationRoute route, JsonNode body)
    {
        var operation = _inferred[route.OperationId];
        if (operation.Role is not (OperationRole.Merge or OperationRole.Replace) || body is not JsonObject update
            || !_created.TryGetValue(operation.CollectionTemplate, out var created))
        {
            return;
        }

        foreach (var (field, value) in created.KeyFields)
        {
            if (update.ContainsKey(field))
            {
                update[field] = value;
            }
        }
    }

    /// <summary>Whether a path continues the collection's template with the item's first key parameter.</summary>
    private bool Names(string path, string collection)
        => path.StartsWith(collection, StringComparison.Ordinal)
            && _keyParameters.TryGetValue(collection, out var parameters)
            && path.AsSpan(collection.Length).StartsWith("/{" + parameters[0] + "}", StringComparison.Ordinal);

    /// <summary>The created item: the answer itself, or the newest of a page a create answers (the access list).</summary>
    private static JsonObject? ItemOf(JsonNode? response)
        => response is JsonObject page && page["results"] is JsonArray results ? results.LastOrDefault() as JsonObject
            : response as JsonObject ?? (response as JsonArray)?.LastOrDefault() as JsonObject;

    private sealed record Created(IReadOnlyDictionary<string, string> PathValues, IReadOnlyDictionary<string, string> KeyFields);
}
#endif

using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// Infers resources from the spec's path structure: <c>POST /x</c> creates into the collection <c>/x</c>, <c>GET /x</c>
/// lists it when anything creates into it or its answer is a page (<c>results</c>), and an operation on
/// <c>/x/{key}</c> addresses one item of <c>/x</c> (unless a GET there answers a page or an array: then it lists
/// <c>/x/{key}</c>). A GET, PATCH, PUT or DELETE on a path that is no collection's
/// works on a singleton, one document per parent.
/// </summary>
internal static class ResourceInference
{
    public static IReadOnlyDictionary<string, InferredOperation> Infer(SimulatorSpec spec)
    {
        var created = new HashSet<string>(spec.Operations.Where(o => o.Method == "POST" && !EndsWithParameter(o.PathTemplate)).Select(o => o.PathTemplate), StringComparer.Ordinal);
        var listed = new HashSet<string>(spec.Operations.Where(o => o.Method == "GET" && !EndsWithParameter(o.PathTemplate) && (created.Contains(o.PathTemplate) || IsPage(spec, o))).Select(o => o.PathTemplate), StringComparer.Ordinal);
        var result = new Dictionary<string, InferredOperation>(StringComparer.Ordinal);
        foreach (var route in spec.Operations)
        {
            var path = route.PathTemplate;
            IReadOnlyList<string>? composite = null;
            InferredOperation Of(OperationRole role, string collection, string? key) => new(route, role, collection, key, created.Contains(collection), key is null ? null : composite);
            if (EndsWithParameter(path))
            {
                var slash = path.LastIndexOf('/');
                var collection = path[..slash];
                var key = path[(slash + 2)..^1];
                if (CompositeItem(spec, path) is var (above, keys))
                {
                    (collection, composite) = (above, keys);
                }

                result[route.OperationId] = route.Method switch
                {
                    // A GET on an item path that answers many (the indexes of one database's collection) lists that path.
                    "GET" when IsPage(spec, route) || route.Versions.Any(v => v.ResponseIsArray) => Of(OperationRole.List, path, null),
                    "GET" => Of(OperationRole.Read, collection, key),
                    "PATCH" => Of(OperationRole.Merge, collection, key),
                    "PUT" => Of(OperationRole.Replace, collection, key),
                    "DELETE" => Of(OperationRole.Delete, collection, key),
                    // A POST on an item path (an action the item takes): answered as a create into that path's collection.
                    _ => Of(OperationRole.Create, path, null),
                };
                continue;
            }

            result[route.OperationId] = route.Method switch
            {
                "POST" => Of(OperationRole.Create, path, null),
                "GET" when listed.Contains(path) => Of(OperationRole.List, path, null),
                "GET" => Of(OperationRole.SingletonRead, path, null),
                "DELETE" => Of(OperationRole.SingletonDelete, path, null),
                _ => Of(OperationRole.SingletonUpdate, path, null),
            };
        }

        return result;
    }

    /// <summary>
    /// An item path whose trailing parameters (more than one) all name fields of what the collection above them creates
    /// (<c>/databaseUsers/{databaseName}/{username}</c>) addresses one item of that collection by a composite key.
    /// </summary>
    private static (string Collection, IReadOnlyList<string> Keys)? CompositeItem(SimulatorSpec spec, string path)
    {
        var segments = path.Split('/');
        var end = segments.Length;
        while (end > 0 && segments[end - 1].StartsWith('{') && segments[end - 1].EndsWith('}'))
        {
            end--;
        }

        var keys = segments[end..].Select(s => s[1..^1]).ToList();
        var collection = string.Join('/', segments[..end]);
        var create = spec.Operations.FirstOrDefault(o => o.Method == "POST" && string.Equals(o.PathTemplate, collection, StringComparison.Ordinal));
        var schema = create is null ? null : spec.Schema(create.Versions.FirstOrDefault()?.RequestSchema ?? -1);
        return keys.Count > 1 && schema is not null && keys.All(k => schema.Properties.Any(p => p.Name == k)) ? (collection, keys) : null;
    }

    /// <summary>Each collection's key parameters (one, or a composite key's), from the first operation on its item path.</summary>
    public static Dictionary<string, IReadOnlyList<string>> KeyParameters(IReadOnlyDictionary<string, InferredOperation> operations)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var operation in operations.Values)
        {
            if (operation.KeyParameter is not null)
            {
                result.TryAdd(operation.CollectionTemplate, operation.KeyParameters);
            }
        }

        return result;
    }

    /// <summary>
    /// Whether an item path's key is a project or organization: the simulator's own (made by the seed handlers and
    /// checked as parents), never an engine item.
    /// </summary>
    public static bool IsKnownParent(string? keyParameter) => keyParameter is "groupId" or "orgId";

    private static bool IsPage(SimulatorSpec spec, OperationRoute route)
        => route.Versions.Any(v => spec.Schema(v.ResponseSchema)?.Properties.Any(p => p.Name == "results" && p.Kind == SchemaKind.Array) == true);

    private static bool EndsWithParameter(string path) => path.EndsWith('}') && path.LastIndexOf('/') is var slash && slash >= 0 && path[slash + 1] == '{';
}

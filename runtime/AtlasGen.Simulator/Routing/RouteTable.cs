namespace AtlasGen.Simulator.Routing;

/// <summary>
/// Matches a method and a raw path against the operations' path templates. A segment <c>{name}</c> matches one
/// non-empty segment, and <c>{name}:action</c> or <c>{name}.gz</c> one that ends with that literal; templates with more
/// literal segments win, so <c>/groups/byName/{groupName}</c> beats a parameter.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<(string[] Segments, int Literals, SimulatorOperation Operation)> _routes;

    public RouteTable(IEnumerable<SimulatorOperation> operations)
    {
        _routes = operations
            .Select(op => (Segments: Split(op.PathTemplate), Operation: op))
            .Select(r => (r.Segments, Literals: r.Segments.Count(s => !IsParameter(s) || Suffix(s).Length > 0), r.Operation))
            .OrderByDescending(r => r.Literals)
            .ToList();
    }

    public IEnumerable<SimulatorOperation> Operations => _routes.Select(r => r.Operation);

    /// <summary>Finds the operation; <paramref name="pathMatched"/> tells a wrong method (405) from an unknown path (404).</summary>
    public SimulatorOperation? Match(string method, string rawPath, out Dictionary<string, string> values, out bool pathMatched)
    {
        var segments = Split(rawPath);
        pathMatched = false;
        foreach (var (template, _, operation) in _routes)
        {
            if (!TryBind(template, segments, out var bound))
            {
                continue;
            }

            pathMatched = true;
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                values = bound;
                return operation;
            }
        }

        values = new Dictionary<string, string>();
        return null;
    }

    private static bool TryBind(string[] template, string[] segments, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (template.Length != segments.Length)
        {
            return false;
        }

        for (var i = 0; i < template.Length; i++)
        {
            if (IsParameter(template[i]))
            {
                var suffix = Suffix(template[i]);
                if (segments[i].Length <= suffix.Length || !segments[i].EndsWith(suffix, StringComparison.Ordinal))
                {
                    return false;
                }

                // Each segment is decoded once, after splitting, so an encoded '/' (%2F in a CIDR) stays inside its segment.
                var name = template[i][1..template[i].IndexOf('}', StringComparison.Ordinal)];
                values[name] = Uri.UnescapeDataString(segments[i][..^suffix.Length]);
            }
            else if (!string.Equals(template[i], segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment.IndexOf('}', StringComparison.Ordinal) > 1;

    /// <summary>The literal after a segment's parameter: <c>:pause</c> in <c>{clusterName}:pause</c>; empty for a plain parameter.</summary>
    private static string Suffix(string segment) => segment[(segment.IndexOf('}', StringComparison.Ordinal) + 1)..];

    private static string[] Split(string path) => path.TrimEnd('/').Split('/');
}

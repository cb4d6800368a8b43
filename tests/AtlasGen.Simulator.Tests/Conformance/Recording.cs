using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>A raw HTTP response recorded from live Atlas: status line, headers, a blank line, the body.</summary>
internal sealed record Recording(int Status, Dictionary<string, string> Headers, string? MediaType, HashSet<string> TopLevel)
{
    public static Recording Parse(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var head = (split < 0 ? normalized : normalized[..split]).Split('\n');
        var body = split < 0 ? "" : normalized[(split + 2)..];
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = head.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
            .GroupBy(l => l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[(g.First().IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
        var mediaType = headers.TryGetValue("Content-Type", out var contentType) ? contentType.Split(';')[0].Trim() : null;
        return new Recording(status, headers, mediaType, TopLevelOf(body));
    }

    /// <summary>
    /// The names of the body object's properties that have a value (a null and an absent property say the same), or
    /// of the first element of an array body.
    /// </summary>
    public static HashSet<string> TopLevelOf(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() > 0 ? document.RootElement[0] : document.RootElement;
        return root.ValueKind == JsonValueKind.Object
            ? root.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }
}

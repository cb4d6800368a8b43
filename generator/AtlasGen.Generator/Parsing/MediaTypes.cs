using System;
using System.Text.RegularExpressions;

namespace AtlasGen.Generator.Parsing;

/// <summary>Recognises JSON media types, including Atlas's versioned <c>application/vnd.atlas.YYYY-MM-DD+json</c>.</summary>
internal static class MediaTypes
{
    private static readonly Regex s_version = new(@"\.(\d{4}-\d{2}-\d{2}|preview)\+json", RegexOptions.CultureInvariant);

    public static bool IsJson(string mediaType)
        => mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
           || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The version in a versioned media type ("2023-01-01", "preview"), or null.</summary>
    public static string? Version(string mediaType)
    {
        var match = s_version.Match(mediaType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Orders newest first; "preview" sorts last because it is not a stable version.</summary>
    public static int CompareNewestFirst(string left, string right)
    {
        var l = Version(left) ?? "";
        var r = Version(right) ?? "";
        if (l == "preview" || r == "preview")
        {
            return (l == "preview").CompareTo(r == "preview");
        }

        return string.CompareOrdinal(r, l);
    }
}

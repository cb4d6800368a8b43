using System.Text.RegularExpressions;

namespace AtlasGen.Generator.Parsing;

/// <summary>
/// Recognises media types: JSON (including Atlas's versioned <c>application/vnd.atlas.YYYY-MM-DD+json</c>), and the
/// versioned gzip, CSV and other bodies some operations answer with instead.
/// </summary>
internal static class MediaTypes
{
    private static readonly Regex s_version = new(@"\.(\d{4}-\d{2}-\d{2}|preview)\+[A-Za-z0-9.-]+", RegexOptions.CultureInvariant);

    public static bool IsJson(string mediaType)
        => mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
           || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The version in a versioned media type ("2023-01-01", "preview"), whatever its format, or null.</summary>
    public static string? Version(string mediaType)
    {
        var match = s_version.Match(mediaType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>"json", "gzip", "csv": the structured-syntax suffix, else the subtype.</summary>
    public static string Format(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        var plus = type.LastIndexOf('+');
        var slash = type.IndexOf('/');
        return (plus >= 0 ? type.Substring(plus + 1) : slash >= 0 ? type.Substring(slash + 1) : type).ToLowerInvariant();
    }

    /// <summary>
    /// How a success body is read. JSON is deserialized, unless its schema is a plain string: Atlas sends such bodies
    /// (a PEM certificate, an XML document) as the text itself, not as a JSON string. Text formats (CSV, plain text,
    /// XML, PEM) become a string; everything else (gzip, binary) is streamed.
    /// </summary>
    public static ResponseBodyKind Kind(string mediaType, TypeRef? schemaType, bool binaryFormat)
    {
        if (binaryFormat)
        {
            return ResponseBodyKind.Binary;
        }

        if (IsJson(mediaType))
        {
            return schemaType?.Kind == TypeRefKind.String ? ResponseBodyKind.Text : ResponseBodyKind.Json;
        }

        var format = Format(mediaType);
        return mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || format is "csv" or "plain" or "xml" or "pem" or "x-pem-file"
            ? ResponseBodyKind.Text
            : ResponseBodyKind.Binary;
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

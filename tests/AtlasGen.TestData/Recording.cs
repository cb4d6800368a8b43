using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AtlasGen.TestData;

/// <summary>
/// One recorded Atlas response: the raw HTTP text (status line, headers, blank line, body) and what its file name says
/// about the request (<c>NNNN__METHOD_path_N.snaphost</c>, the path with <c>/</c> and <c>:</c> written <c>_</c>).
/// </summary>
public sealed record Recording(
    string FileName,
    string? RequestMethod,
    string? MangledPath,
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body)
{
    private static readonly Regex s_name = new(@"^\d+__(?<method>GET|POST|PUT|PATCH|DELETE)_(?<path>.+)_\d+\.snaphost$", RegexOptions.CultureInvariant);
    private static readonly Regex s_version = new(@"^application/vnd\.atlas\.(?<version>\d{4}-\d{2}-\d{2})\+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The method and path are known from the file name (some files are named by a hash instead).</summary>
    public bool HasRequest => RequestMethod is not null;

    public bool IsSuccess => Status is >= 200 and < 300;

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The Content-Type without its parameters, e.g. <c>application/vnd.atlas.2023-01-01+json</c>.</summary>
    public string? MediaType => Header("Content-Type") is { Length: > 0 } type ? type.Split(';')[0].Trim() : null;

    /// <summary>The resource version the response carries (<c>YYYY-MM-DD</c>), or null for an unversioned one (errors, 204 without a type).</summary>
    public string? Version => MediaType is { } type && s_version.Match(type) is { Success: true } m ? m.Groups["version"].Value : null;

    public bool IsJson => MediaType is { } type && (type.EndsWith("+json", StringComparison.OrdinalIgnoreCase) || type.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<Recording> LoadAll(string directory)
        => Directory.GetFiles(directory, "*.snaphost").OrderBy(f => f, StringComparer.Ordinal).Select(Load).ToList();

    public static Recording Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var (headEnd, bodyStart) = FindBlankLine(bytes);
        var head = Encoding.ASCII.GetString(bytes, 0, headEnd).Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var statusParts = head[0].Split(' ');
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], out var status))
        {
            throw new InvalidDataException($"{path}: no HTTP status line: {head[0]}");
        }

        var headers = head.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToList();
        var name = Path.GetFileName(path);
        var match = s_name.Match(name);
        return new Recording(
            name,
            match.Success ? match.Groups["method"].Value : null,
            match.Success ? "_" + match.Groups["path"].Value : null,
            status,
            headers,
            bytes[bodyStart..]);
    }

    /// <summary>Writes a request path the way file names do (<see cref="MangledPath"/> keeps the leading one), so the two can be compared.</summary>
    public static string Mangle(string path) => path.Replace('/', '_').Replace(':', '_');

    private static (int HeadEnd, int BodyStart) FindBlankLine(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n')
            {
                return (i, i + 2);
            }

            if (bytes[i] == '\n' && bytes[i + 1] == '\r' && i + 2 < bytes.Length && bytes[i + 2] == '\n')
            {
                return (i, i + 3);
            }
        }

        return (bytes.Length, bytes.Length);
    }

    public override string ToString() => FileName;
}

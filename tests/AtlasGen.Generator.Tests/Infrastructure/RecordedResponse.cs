using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>One raw HTTP response recorded from live Atlas: status line, headers, a blank line, the body.</summary>
internal sealed record RecordedResponse(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The media type without parameters ("application/vnd.atlas.2023-01-01+json"), or null.</summary>
    public string? MediaType => Headers.TryGetValue("Content-Type", out var type) ? type.Split(';')[0].Trim() : null;

    public string Text => Encoding.UTF8.GetString(Body);

    public static RecordedResponse Load(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.RealResponsesDirectory, "recordings", fileName));
        var (headerEnd, separator) = IndexOf(bytes, "\r\n\r\n"u8) is var crlf and >= 0 ? (crlf, 4) : (IndexOf(bytes, "\n\n"u8), 2);
        if (headerEnd < 0)
        {
            headerEnd = bytes.Length;
            separator = 0;
        }

        var lines = Encoding.UTF8.GetString(bytes, 0, headerEnd).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => l.Contains(':')))
        {
            var colon = line.IndexOf(':');
            headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
        }

        return new RecordedResponse(status, headers, bytes.AsSpan(Math.Min(bytes.Length, headerEnd + separator)).ToArray());
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> pattern) => bytes.AsSpan().IndexOf(pattern);
}

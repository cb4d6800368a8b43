namespace AtlasGen.Client.Tests.Infrastructure;

/// <summary>What the client put on the wire for one call: method, full URI, headers and body text.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? Body)
{
    /// <summary>The path exactly as sent, percent-escapes kept (e.g. <c>%2F</c> stays escaped).</summary>
    public string RawPath => Uri.AbsolutePath;

    /// <summary>The query without its leading '?', escapes kept; empty when there is none.</summary>
    public string RawQuery => Uri.Query.TrimStart('?');

    /// <summary>The Accept header as sent, or null.</summary>
    public string? Accept => Headers.TryGetValue("Accept", out var accept) ? accept : null;
}

namespace AtlasGen.Runtime;

/// <summary>One challenge from a <c>WWW-Authenticate</c> header: a scheme with its auth-params or token68 (RFC 7235 §2.1).</summary>
internal sealed class HttpAuthenticationChallenge
{
    public HttpAuthenticationChallenge(string scheme, IReadOnlyDictionary<string, string> parameters, string? token68)
    {
        Scheme = scheme;
        Parameters = parameters;
        Token68 = token68;
    }

    /// <summary>The auth-scheme, as sent (compare case-insensitively).</summary>
    public string Scheme { get; }

    /// <summary>The auth-params, names case-insensitive, values unquoted and unescaped.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The token68 form (e.g. <c>Negotiate abc==</c>), when the challenge uses it instead of auth-params.</summary>
    public string? Token68 { get; }

    public bool IsScheme(string scheme) => string.Equals(Scheme, scheme, StringComparison.OrdinalIgnoreCase);

    public string? Get(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}

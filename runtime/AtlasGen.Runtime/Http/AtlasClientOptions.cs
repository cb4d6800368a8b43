using System.Diagnostics;

namespace AtlasGen.Runtime;

/// <summary>How a generated Atlas client connects and authenticates.</summary>
[DebuggerDisplay("{BaseAddress} as {PublicKey}")]
public sealed class AtlasClientOptions
{
    /// <summary>The Atlas Administration API origin that Atlas documents.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://cloud.mongodb.com");

    private Uri? _baseAddress;

    /// <summary>The server to call, optionally with a path prefix. Defaults to <see cref="DefaultBaseAddress"/>.</summary>
    public Uri BaseAddress
    {
        get => _baseAddress ?? DefaultBaseAddress;
        set => _baseAddress = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>True when <see cref="BaseAddress"/> was set, so that a caller-supplied HttpClient's own base address is not overridden by the default.</summary>
    internal bool HasBaseAddress => _baseAddress is not null;

    /// <summary>The programmatic API key's public key (the digest user name).</summary>
    public string? PublicKey { get; set; }

    /// <summary>The programmatic API key's private key (the digest password). Never logged or shown.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>A service account's client id, for the OAuth 2.0 <c>ServiceAccounts</c> scheme. When set, it is used instead of the API key.</summary>
    public string? ClientId { get; set; }

    /// <summary>The service account's secret. Never logged or shown.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The OAuth token URL; null for <c>/api/oauth/token</c> on <see cref="BaseAddress"/>.</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>The timeout for one HTTP call. Defaults to 100 seconds, as <see cref="System.Net.Http.HttpClient"/> does.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The User-Agent header. Defaults to <c>AtlasGen/{version} ({os}; {arch}) .NET/{version}</c>.</summary>
    public string UserAgent { get; set; } = AtlasUserAgent.Default;

    /// <summary>Retry of 429 responses, and of 503 and network failures for idempotent methods. On by default.</summary>
    public AtlasRetryOptions Retry { get; set; } = new();

    /// <summary>Hides the private key, whatever prints the options.</summary>
    public override string ToString() => $"AtlasClientOptions {{ BaseAddress = {BaseAddress}, PublicKey = {PublicKey}, PrivateKey = ***, ClientId = {ClientId}, ClientSecret = *** }}";

    /// <summary>True when a service account is configured, which takes precedence over the API key.</summary>
    internal bool UsesServiceAccount => !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(ClientSecret);

    /// <summary>The token URL this configuration uses.</summary>
    internal Uri ResolvedTokenEndpoint => TokenEndpoint ?? new Uri(BaseAddress, "/api/oauth/token");
}

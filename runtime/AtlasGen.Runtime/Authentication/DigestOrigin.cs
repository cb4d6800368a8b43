namespace AtlasGen.Runtime;

/// <summary>The origin (RFC 6454: scheme, host, port) that scopes cached digest state and where credentials may go.</summary>
internal static class DigestOrigin
{
    public static string Of(Uri uri)
        => string.Concat(uri.Scheme.ToLowerInvariant(), "://", uri.IdnHost.ToLowerInvariant(), ":", uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

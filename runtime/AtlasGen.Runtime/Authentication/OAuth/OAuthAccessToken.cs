namespace AtlasGen.Runtime;

/// <summary>A bearer token and when it stops being usable. Never printed: ToString hides the token.</summary>
internal sealed class OAuthAccessToken(string value, DateTimeOffset expiresAt)
{
    public string Value { get; } = value;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public override string ToString() => $"OAuthAccessToken {{ ExpiresAt = {ExpiresAt:O}, Value = *** }}";
}

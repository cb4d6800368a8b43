using System;

namespace AtlasGen.Runtime;

/// <summary>A bearer token and when it stops being usable. Never printed: ToString hides the token.</summary>
internal sealed class OAuthAccessToken
{
    public OAuthAccessToken(string value, DateTimeOffset expiresAt)
    {
        Value = value;
        ExpiresAt = expiresAt;
    }

    public string Value { get; }

    public DateTimeOffset ExpiresAt { get; }

    public override string ToString() => $"OAuthAccessToken {{ ExpiresAt = {ExpiresAt:O}, Value = *** }}";
}

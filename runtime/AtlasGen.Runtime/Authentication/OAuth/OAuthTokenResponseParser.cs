using System.Text.Json;

namespace AtlasGen.Runtime;

/// <summary>Reads an RFC 6749 token response with <see cref="JsonDocument"/> (no reflection).</summary>
internal static class OAuthTokenResponseParser
{
    /// <summary>The token, or null when the body has no usable <c>access_token</c>.</summary>
    public static OAuthAccessToken? TryParse(string body, DateTimeOffset now)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(token.GetString()))
            {
                return null;
            }

            // RFC 6749 makes expires_in optional; without it, assume the shortest lifetime Atlas documents (1 hour).
            var lifetime = root.TryGetProperty("expires_in", out var expires) && expires.ValueKind == JsonValueKind.Number && expires.TryGetInt64(out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : TimeSpan.FromHours(1);
            return new OAuthAccessToken(token.GetString()!, now + lifetime);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using AtlasGen.Simulator.Authentication;
using Microsoft.AspNetCore.Http;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// <c>POST /api/oauth/token</c>: the OAuth 2.0 client-credentials grant (RFC 6749 4.4) for service accounts, with the
/// client authenticated by HTTP Basic (its ID and secret form-encoded, 2.3.1). Answers
/// <c>{access_token, expires_in, token_type}</c>; a bad client is 401 <c>invalid_client</c>, another grant 400 <c>unsupported_grant_type</c>.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/api/oauth/token";

    public static async Task HandleAsync(HttpContext context, ServiceAccountStore accounts)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await WriteAsync(context, 405, w => w.WriteString("error", "invalid_request")).ConfigureAwait(false);
            return;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false) : null;
        if (form is null || form["grant_type"] != "client_credentials")
        {
            await WriteAsync(context, 400, w => w.WriteString("error", "unsupported_grant_type")).ConfigureAwait(false);
            return;
        }

        var token = BasicCredentials(request.Headers.Authorization) is { } credentials ? accounts.Issue(credentials.Id, credentials.Secret) : null;
        if (token is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"oauth\"";
            await WriteAsync(context, 401, w => w.WriteString("error", "invalid_client")).ConfigureAwait(false);
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        await WriteAsync(context, 200, w =>
        {
            w.WriteString("access_token", token);
            w.WriteNumber("expires_in", (long)accounts.TokenLifetime.TotalSeconds);
            w.WriteString("token_type", "Bearer");
        }).ConfigureAwait(false);
    }

    private static (string Id, string Secret)? BasicCredentials(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}

using AtlasGen.Benchmarks.Json;
using AtlasGen.TestSupport;
using Microsoft.AspNetCore.Http;

namespace AtlasGen.Benchmarks.Calls;

/// <summary>
/// A minimal endpoint on a <see cref="LoopbackServer"/> for the call-overhead benchmarks: getGroup answers a fixed project,
/// createGroup reads the body and answers a project, both as Atlas does (versioned media type). No authentication: only
/// the clients differ.
/// </summary>
public static class LoopbackAtlasEndpoint
{
    public const string MediaType = "application/vnd.atlas.2023-01-01+json";
    private static readonly byte[] s_group = Encoding.UTF8.GetBytes(JsonPayloads.Group());

    public static Task<LoopbackServer> StartAsync() => LoopbackServer.StartAsync(HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/atlas/v2/groups", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            // The body is read whole, as a server must; its size tells a client that sent nothing.
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            if (body.Length == 0)
            {
                context.Response.StatusCode = 400;
                return;
            }
        }

        context.Response.ContentType = MediaType + ";charset=utf-8";
        context.Response.ContentLength = s_group.Length;
        await context.Response.Body.WriteAsync(s_group);
    }
}

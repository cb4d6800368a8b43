using System.Net;
using AtlasGen.Benchmarks.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Benchmarks.Calls;

/// <summary>
/// A minimal Kestrel endpoint on 127.0.0.1 for the call-overhead benchmarks: getGroup answers a fixed project, createGroup
/// reads the body and answers a project, both as Atlas does (versioned media type). No authentication: only the clients differ.
/// </summary>
public sealed class LoopbackAtlasEndpoint : IAsyncDisposable
{
    public const string MediaType = "application/vnd.atlas.2023-01-01+json";
    private static readonly byte[] s_group = Encoding.UTF8.GetBytes(JsonPayloads.Group());
    private readonly WebApplication _app;

    private LoopbackAtlasEndpoint()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LoopbackAtlasEndpoint> StartAsync()
    {
        var endpoint = new LoopbackAtlasEndpoint();
        await endpoint._app.StartAsync();
        endpoint.BaseAddress = new Uri(endpoint._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return endpoint;
    }

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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

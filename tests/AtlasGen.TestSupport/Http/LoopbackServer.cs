using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AtlasGen.TestSupport;

/// <summary>A Kestrel server on 127.0.0.1 and a free port, for tests and benchmarks where real sockets matter.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app)
    {
        _app = app;
        // Kestrel lists the port it bound once the app has started.
        BaseAddress = new Uri(app.Urls.First());
    }

    public Uri BaseAddress { get; }

    /// <summary>Serves <paramref name="server"/>, or <paramref name="before"/> first when it answers non-null.</summary>
    public static Task<LoopbackServer> StartAsync(FakeDigestServer server, Func<RecordedRequest, FakeResponse?>? before = null)
        => StartAsync(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var request = context.Request;
            var recorded = new RecordedRequest(request.Method, request.Path.ToUriComponent() + request.QueryString.ToUriComponent(),
                request.Headers.Authorization.FirstOrDefault(), buffer.ToArray(), request.ContentType, $"{request.Scheme}://{request.Host}");
            var answer = before?.Invoke(recorded) ?? server.Handle(recorded);
            context.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers.Append(name, value);
            }

            if (answer.ContentType is not null)
            {
                context.Response.ContentType = answer.ContentType;
            }

            await context.Response.WriteAsync(answer.Body);
        });

    /// <summary>Answers every request with <paramref name="handle"/>.</summary>
    public static async Task<LoopbackServer> StartAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        return new LoopbackServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

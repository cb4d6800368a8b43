using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Benchmarks.Digest;

/// <summary>
/// A small Kestrel digest server on 127.0.0.1, shaped like Atlas and Apache: MD5, qop=auth, a fresh nonce and opaque
/// per challenge, and nc checked to rise strictly per nonce. It counts every request it receives.
/// </summary>
public sealed partial class LoopbackDigestServer : IAsyncDisposable
{
    public const string Realm = "MMS Public API";
    private readonly WebApplication _app;
    private readonly string _username;
    private readonly string _ha1;
    private readonly ConcurrentDictionary<string, StrongBox> _nonces = new(StringComparer.Ordinal);
    private long _requests;

    private LoopbackDigestServer(string username, string password)
    {
        _username = username;
        _ha1 = Md5($"{username}:{Realm}:{password}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    public static async Task<LoopbackDigestServer> StartAsync(string username, string password)
    {
        var server = new LoopbackDigestServer(username, password);
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    private Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Digest ", StringComparison.OrdinalIgnoreCase) || !IsValid(header.Substring(7), context.Request))
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
            _nonces[nonce] = new StrongBox();
            context.Response.StatusCode = 401;
            context.Response.Headers.WWWAuthenticate = $"Digest realm=\"{Realm}\", domain=\"\", nonce=\"{nonce}\", algorithm=MD5, qop=\"auth\", stale=false";
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("{\"results\":[],\"totalCount\":0}");
    }

    private bool IsValid(string authorization, HttpRequest request)
    {
        var p = AuthParam().Matches(authorization).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value, StringComparer.OrdinalIgnoreCase);
        if (!p.TryGetValue("nonce", out var nonce) || !_nonces.TryGetValue(nonce, out var box) || p.GetValueOrDefault("username") != _username
            || p.GetValueOrDefault("qop") != "auth" || !p.TryGetValue("nc", out var ncText) || !p.TryGetValue("cnonce", out var cnonce))
        {
            return false;
        }

        var uri = request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        var expected = Md5($"{_ha1}:{nonce}:{ncText}:{cnonce}:auth:{Md5($"{request.Method}:{uri}")}");
        if (p.GetValueOrDefault("uri") != uri || p.GetValueOrDefault("response") != expected)
        {
            return false;
        }

        var nc = Convert.ToInt64(ncText, 16);
        lock (box)
        {
            if (nc <= box.LastNc)
            {
                return false; // replayed or out of order
            }

            box.LastNc = nc;
        }

        return true;
    }

    private static string Md5(string value) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(value)));

    [GeneratedRegex("""([A-Za-z0-9_-]+\*?)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))""")]
    private static partial Regex AuthParam();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class StrongBox
    {
        public long LastNc;
    }
}

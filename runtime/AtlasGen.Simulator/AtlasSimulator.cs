using System.Net;
using System.Threading;
using AtlasGen.Simulator.Authentication;
using AtlasGen.Simulator.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Simulator;

/// <summary>
/// An in-process stand-in for the MongoDB Atlas Administration API v2 (the 45 operations of the bundled spec), on
/// Kestrel: HTTP Digest authentication, the spec's validation, versioned media types and in-memory state.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await AtlasSimulator.StartAsync();
/// var client = new AtlasClient(new AtlasClientOptions { BaseAddress = sim.BaseAddress, PublicKey = sim.Organization.PublicKey, PrivateKey = sim.Organization.PrivateKey });
/// </code>
/// </example>
public sealed class AtlasSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AtlasSimulator(WebApplication app, Uri baseAddress, SimulatorOrganization organization, SimulatorState state, SimulatorFaults faults)
    {
        _app = app;
        Faults = faults;
        BaseAddress = baseAddress;
        Organization = organization;
        State = state;
    }

    /// <summary>The simulator's origin, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The seeded organization, with the API key pair that authenticates against it.</summary>
    public SimulatorOrganization Organization { get; }

    /// <summary>Faults to inject: the next requests matching a method and path get an error status (503...) the simulator never sends on its own.</summary>
    public SimulatorFaults Faults { get; }

    internal SimulatorState State { get; }

    /// <summary>Starts a simulator on 127.0.0.1, on a free port unless <see cref="AtlasSimulatorOptions.Port"/> says otherwise.</summary>
    /// <param name="options">Port, nonce lifetime, clock and seeded credentials; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<AtlasSimulator> StartAsync(AtlasSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AtlasSimulatorOptions();
        var builder = CreateBuilder(Array.Empty<string>());
        // Embedded in a test or an app: quiet, and never driven by the host's ASPNETCORE_URLS.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        return await StartCoreAsync(builder, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a simulator as a process until Ctrl+C. Reads ASP.NET Core configuration from <paramref name="args"/> (e.g.
    /// <c>--urls http://127.0.0.1:8080</c>) and the seeded credentials from <c>Simulator:OrganizationId</c>,
    /// <c>Simulator:PublicKey</c> and <c>Simulator:PrivateKey</c>; prints the credentials it uses.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="cancellationToken">Stops the simulator.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = CreateBuilder(args);
        var section = builder.Configuration.GetSection("Simulator");
        var options = new AtlasSimulatorOptions
        {
            OrganizationId = section["OrganizationId"],
            PublicKey = section["PublicKey"],
            PrivateKey = section["PrivateKey"],
        };
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:8080");
        }

        await using var simulator = await StartCoreAsync(builder, options, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Atlas simulator listening on {simulator.BaseAddress}");
        Console.WriteLine($"  organization id : {simulator.Organization.Id}");
        Console.WriteLine($"  public key      : {simulator.Organization.PublicKey}");
        Console.WriteLine($"  private key     : {simulator.Organization.PrivateKey}");
        Console.WriteLine("Press Ctrl+C to stop.");
        await simulator._app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Stops the server and frees the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplicationBuilder CreateBuilder(string[] args)
        // The slim builder: Kestrel, configuration and logging, none of MVC or the reflection-based minimal APIs (NativeAOT-clean).
        => WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    private static async Task<AtlasSimulator> StartCoreAsync(WebApplicationBuilder builder, AtlasSimulatorOptions options, CancellationToken cancellationToken)
    {
        var time = options.TimeProvider ?? TimeProvider.System;
        var ids = new ObjectIdGenerator(time);
        var orgId = options.OrganizationId ?? ids.Next();
        var state = new SimulatorState(time, ids, OrganizationDirectory.Seed(orgId, ids, time.GetUtcNow()));
        var seededKey = state.ApiKeys.TryAdd(
            ids.Next(),
            orgId,
            options.PublicKey ?? SimulatorSeed.NewPublicKey(),
            options.PrivateKey ?? Guid.NewGuid().ToString(),
            "Seeded organization owner key",
            new[] { new KeyRole(null, "ORG_OWNER") })!;
        // Loopback on its access list, so the operations that require one answer the seeded key's local callers.
        foreach (var loopback in new[] { "127.0.0.1", "::1" })
        {
            var cidr = loopback + (loopback.Contains(':', StringComparison.Ordinal) ? "/128" : "/32");
            seededKey.AccessList.TryAdd(cidr, new AccessListEntryRecord(loopback, cidr, time.GetUtcNow()));
        }

        var serviceAccounts = new ServiceAccountStore(time, options.AccessTokenLifetime);
        var serviceAccount = new ServiceAccountRecord(
            options.ClientId ?? "mdb_sa_id_" + ids.Next(),
            options.ClientSecret ?? "mdb_sa_sk_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)),
            orgId,
            new[] { new KeyRole(null, "ORG_OWNER") });
        serviceAccounts.Add(serviceAccount);

        var nonces = new DigestNonceStore(time, options.NonceLifetime);
        var digest = new DigestVerifier(options.Realm, nonces, state.ApiKeys.PrivateKeyOf);
        var spec = options.Spec ?? Models.AtlasClientSimulatorSpec.Instance;
        var routes = new RouteTable(OperationHandlers.Create(spec, new Engine.SpecEngine(spec, new Engine.ResourceRules(options).All)));
        var rateLimiter = new RateLimiter(time, options.RateLimit, options.RateLimitWindow);

        var faults = new SimulatorFaults();
        var app = builder.Build();
        var middleware = new SimulatorMiddleware(routes, digest, serviceAccounts, rateLimiter, faults, state, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AtlasGen.Simulator"));
        app.Run(middleware.InvokeAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        var organization = new SimulatorOrganization(
            orgId,
            state.Organization.Name,
            seededKey.Id,
            seededKey.PublicKey,
            seededKey.PrivateKey,
            state.Organization.Owner.Id,
            state.Organization.Users.Select(u => u.Id).ToArray(),
            state.Organization.Teams.Select(t => t.Id).ToArray(),
            serviceAccount.ClientId,
            serviceAccount.ClientSecret);
        SimulatorLog.Listening(app.Logger, baseAddress, orgId, seededKey.PublicKey);
        return new AtlasSimulator(app, baseAddress, organization, state, faults);
    }
}

using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AtlasGen.Runtime;

/// <summary>The dependency-injection plumbing behind the generated <c>services.Add{Client}()</c> methods.</summary>
public static class AtlasServiceCollectionExtensions
{
    /// <summary>
    /// Registers a generated client as a transient service over a named HttpClient from IHttpClientFactory, with the
    /// digest handler (and the retry handler when enabled) in its chain. Returns the builder so handlers compose.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The HttpClient and options name, unique per generated client.</param>
    /// <param name="create">Builds the client over a connection.</param>
    /// <param name="configure">Sets the options; may be null when they come from elsewhere (e.g. configuration).</param>
    public static IHttpClientBuilder AddAtlasGenClient<TClient>(this IServiceCollection services, string name, Func<AtlasConnection, TClient> create, Action<AtlasClientOptions>? configure)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(create);

        var options = services.AddOptions<AtlasClientOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => !string.IsNullOrEmpty(o.PublicKey) && !string.IsNullOrEmpty(o.PrivateKey),
            $"AtlasClientOptions '{name}': PublicKey and PrivateKey are both required.");

        var builder = services.AddHttpClient(name, (provider, http) =>
        {
            var current = provider.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get(name);
            http.BaseAddress = current.BaseAddress;
            http.Timeout = current.Timeout;
        });
        builder.ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.AddHttpMessageHandler(provider =>
        {
            var current = provider.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get(name);
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger("AtlasGen.Runtime.DigestAuthenticationHandler");
            return new DigestAuthenticationHandler(current.PublicKey!, current.PrivateKey!, logger);
        });

        services.AddTransient(provider =>
        {
            var current = provider.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get(name);
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);
            return create(new AtlasConnection(http, current));
        });
        return builder;
    }

    /// <summary>Registers a generated client with its options bound from a configuration section.</summary>
    public static IHttpClientBuilder AddAtlasGenClient<TClient>(this IServiceCollection services, string name, Func<AtlasConnection, TClient> create, IConfiguration configuration)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddAtlasGenClient(name, create, options => AtlasClientOptionsBinder.Bind(configuration, options));
    }
}

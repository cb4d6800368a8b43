using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AtlasGen.Runtime;

/// <summary>The dependency-injection plumbing behind the generated <c>services.Add{Client}()</c> methods.</summary>
public static class AtlasServiceCollectionExtensions
{
    /// <summary>
    /// Registers a generated client as a transient service over a named HttpClient from IHttpClientFactory. The handler
    /// chain ends in [<see cref="AtlasRetryHandler"/> when <c>Retry.Enabled</c>, the default, and no resilience handler is
    /// on the client] → authentication (<see cref="ClientCredentialsTokenHandler"/> when <c>ClientId</c> is set, else
    /// <see cref="DigestAuthenticationHandler"/>) → the primary handler (a <see cref="SocketsHttpHandler"/> that does not follow redirects, unless replaced with
    /// <c>ConfigurePrimaryHttpMessageHandler</c>). Handlers added to the returned builder (e.g.
    /// <c>AddStandardResilienceHandler()</c>) go outside the authentication handler, so each of their attempts is authorized afresh,
    /// and none of them, nor IHttpClientFactory's logging, ever sees the Authorization header.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The HttpClient and options name, unique per generated client.</param>
    /// <param name="create">Builds the client over a connection.</param>
    /// <param name="configure">Sets the options; may be null when they come from elsewhere (e.g. configuration).</param>
    /// <remarks>
    /// Options are validated when the client is first resolved (and at host start): an
    /// <see cref="OptionsValidationException"/> lists every problem, naming the client and the option, never a value.
    /// </remarks>
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

        // A second registration of the same client adds its options only: the chain and the validator exist once.
        var firstRegistration = !services.Any(d => d.ImplementationInstance is AtlasClientOptionsValidator validator && validator.Name == name);
        if (firstRegistration)
        {
            services.AddSingleton<IValidateOptions<AtlasClientOptions>>(new AtlasClientOptionsValidator(name));
            options.ValidateOnStart();
            // One tracker per client and container, so transient clients warn about a deprecated version once.
            services.AddKeyedSingleton(name, new AtlasDeprecationTracker());
        }

        var builder = services.AddHttpClient(name, (provider, http) =>
        {
            var current = provider.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get(name);
            http.BaseAddress = current.BaseAddress;
            http.Timeout = current.Timeout;
        });
        builder.ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false });

        // PostConfigure runs after every Configure action, so it sees the final primary handler (ours, or the user's from
        // ConfigurePrimaryHttpMessageHandler) and every AddHttpMessageHandler, before or after this call. The
        // authentication handler wraps the primary handler: below IHttpClientFactory's own logging handler, whose structured
        // header state would otherwise carry the Authorization value, and below every handler that may re-send a request.
        if (firstRegistration)
        {
            services.PostConfigure<HttpClientFactoryOptions>(name, factoryOptions => factoryOptions.HttpMessageHandlerBuilderActions.Add(handlers =>
            {
                var current = handlers.Services.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get(name);
                var loggerFactory = handlers.Services.GetService<ILoggerFactory>();
                var timeProvider = handlers.Services.GetService<TimeProvider>() ?? TimeProvider.System;
                // A Microsoft.Extensions.Http.Resilience handler on this client retries by itself; retrying inside it too
                // would multiply the attempts, so that handler wins and ours steps aside.
                var resilienceOutside = handlers.AdditionalHandlers.Any(IsResilienceHandler);
                handlers.PrimaryHandler = AtlasHandlerChain.Wrap(current, handlers.PrimaryHandler, loggerFactory, timeProvider, withRetry: !resilienceOutside);
            }));
        }

        services.AddTransient(provider =>
        {
            var current = provider.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get(name);
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(AtlasConnectionLog.Category);
            var deprecations = provider.GetRequiredKeyedService<AtlasDeprecationTracker>(name);
            return create(new AtlasConnection(http, current, logger, deprecations, provider.GetService<TimeProvider>() ?? TimeProvider.System));
        });
        return builder;
    }

    private static bool IsResilienceHandler(DelegatingHandler handler)
        => handler.GetType().FullName == "Microsoft.Extensions.Http.Resilience.ResilienceHandler";

    /// <summary>Registers a generated client with its options bound from a configuration section.</summary>
    public static IHttpClientBuilder AddAtlasGenClient<TClient>(this IServiceCollection services, string name, Func<AtlasConnection, TClient> create, IConfiguration configuration)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddAtlasGenClient(name, create, options => AtlasClientOptionsBinder.Bind(configuration, options));
    }
}

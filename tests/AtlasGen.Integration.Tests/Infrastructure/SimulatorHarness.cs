using AtlasGen.Simulator;
using Microsoft.Extensions.Configuration;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>
/// A simulator and a client from <c>AddAtlasClient</c>, bound from configuration to the simulator's service account, on
/// one <see cref="VirtualClock"/>, with every attempt recorded.
/// </summary>
internal sealed class SimulatorHarness(AtlasSimulator simulator, ServiceProvider provider, VirtualClock clock, TrafficRecorder traffic) : IAsyncDisposable
{
    public AtlasSimulator Simulator { get; } = simulator;

    public ServiceProvider Provider { get; } = provider;

    public VirtualClock Clock { get; } = clock;

    public TrafficRecorder Traffic { get; } = traffic;

    /// <summary>A client as an app gets one: transient, from the container.</summary>
    public AtlasClient Client => Provider.GetRequiredService<AtlasClient>();

    public static async Task<SimulatorHarness> StartAsync(Action<AtlasSimulatorOptions>? configureSimulator = null, Action<IServiceCollection>? configureServices = null)
    {
        var clock = new VirtualClock();
        var options = new AtlasSimulatorOptions { TimeProvider = clock };
        configureSimulator?.Invoke(options);
        var simulator = await AtlasSimulator.StartAsync(options);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Atlas:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["Atlas:ClientId"] = simulator.Organization.ClientId,
            ["Atlas:ClientSecret"] = simulator.Organization.ClientSecret,
        }).Build();
        var traffic = new TrafficRecorder(new SocketsHttpHandler { AllowAutoRedirect = false });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        configureServices?.Invoke(services);
        services.AddAtlasClient(configuration.GetSection("Atlas")).ConfigurePrimaryHttpMessageHandler(() => traffic);
        return new SimulatorHarness(simulator, services.BuildServiceProvider(), clock, traffic);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

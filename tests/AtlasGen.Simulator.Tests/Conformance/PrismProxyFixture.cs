using AtlasGen.TestData.Prism;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>One simulator and one Prism validating proxy in front of it, loaded with the bundled spec, shared by a test class: Prism starts slowly.</summary>
public sealed class PrismProxyFixture : IAsyncLifetime
{
    private PrismProxy? _proxy;

    public AtlasSimulator Simulator { get; private set; } = null!;

    /// <summary>The proxy: requests sent to its address are validated, forwarded to the simulator, and its answers validated.</summary>
    public PrismProxy Proxy => _proxy ?? throw new InvalidOperationException("Prism is not installed.");

    public async Task InitializeAsync()
    {
        Simulator = await AtlasSimulator.StartAsync();
        if (PrismProxy.Find() is { } prism)
        {
            _proxy = await PrismProxy.StartAsync(prism, RepositoryPaths.BundledSpec, Simulator.BaseAddress, TimeSpan.FromMinutes(3));
        }

        // Without Prism the fact itself fails (CI) or was skipped; nothing to start.
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        await Simulator.DisposeAsync();
    }

    /// <summary>Options that send the generated client through the proxy with the seeded key.</summary>
    public AtlasClientOptions Options() => new()
    {
        BaseAddress = Proxy.Address,
        PublicKey = Simulator.Organization.PublicKey,
        PrivateKey = Simulator.Organization.PrivateKey,
    };
}

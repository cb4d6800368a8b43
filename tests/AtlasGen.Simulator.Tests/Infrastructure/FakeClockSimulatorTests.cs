using Microsoft.Extensions.Time.Testing;

namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>
/// The base of test classes about time (nonce lifetime, version sunsets, token expiry): a simulator of its own per test,
/// on a clock the test moves, and a plain HttpClient for requests written by hand.
/// </summary>
public abstract class FakeClockSimulatorTests(DateTimeOffset start, TimeSpan nonceLifetime) : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(start);

    /// <summary>No digest handler: the test writes its own Authorization header, or none.</summary>
    protected HttpClient Raw { get; } = new();

    protected AtlasSimulator Sim { get; private set; } = null!;

    public async Task InitializeAsync()
        => Sim = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { TimeProvider = Time, NonceLifetime = nonceLifetime });

    public async Task DisposeAsync()
    {
        Raw.Dispose();
        await Sim.DisposeAsync();
    }
}

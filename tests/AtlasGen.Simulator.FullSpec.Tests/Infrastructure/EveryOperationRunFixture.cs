#if ATLASGEN_FULL_SPEC
using AtlasGen.Simulator.Spec;
using AtlasGen.TestData.Prism;
#endif

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

#if ATLASGEN_FULL_SPEC
/// <summary>
/// The every-operation walk, run once for the tests that judge it: through a Prism validating proxy when Prism is
/// installed (always under CI=true, where <c>.ci/run</c> installs it), straight to the simulator otherwise. The
/// every-operation assertions read the outcomes, the Prism assertions read Prism's log of the same calls.
/// </summary>
public sealed class EveryOperationRunFixture : IAsyncLifetime
{
    private FullSpecSession? _session;

    /// <summary>Each operation with what its call came to, in the order the walk made them.</summary>
    internal List<(OperationRoute Route, CallOutcome Outcome)> Outcomes { get; private set; } = new();

    /// <summary>The Prism proxy the calls went through; null when Prism is not installed (outside CI).</summary>
    internal PrismProxy? Proxy => _session?.Proxy;

    public async Task InitializeAsync()
    {
        _session = await FullSpecSession.StartAsync(prism: PrismProxy.Find());
        Outcomes = await EveryOperationRun.RunAsync(_session);
        if (_session.Proxy is { } proxy)
        {
            await proxy.SettleAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}
#else
/// <summary>Without the full spec generated there is no walk: the tests that use it skip, or fail under CI=true.</summary>
public sealed class EveryOperationRunFixture
{
}
#endif

/// <summary>The tests that judge the one every-operation walk share it through this collection.</summary>
[CollectionDefinition(Name)]
public sealed class EveryOperationRunCollection : ICollectionFixture<EveryOperationRunFixture>
{
    public const string Name = "The every-operation run";
}

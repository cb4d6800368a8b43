namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>One simulator per test class, on a free loopback port; tests create their own projects, so they don't collide.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private AtlasSimulator? _simulator;

    public AtlasSimulator Simulator => _simulator ?? throw new InvalidOperationException("The fixture has not started.");

    public SimulatorOrganization Org => Simulator.Organization;

    public async Task InitializeAsync() => _simulator = await AtlasSimulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    public AtlasClientOptions Options(string? privateKey = null) => new()
    {
        BaseAddress = Simulator.BaseAddress,
        PublicKey = Org.PublicKey,
        PrivateKey = privateKey ?? Org.PrivateKey,
    };

    /// <summary>The generated client, over the runtime's real digest handler.</summary>
    public AtlasClient Client() => new(Options());

    /// <summary>Raw HTTP through the runtime's digest handler, for requests the generated client refuses to send.</summary>
    public WireClient Wire() => new(Simulator.BaseAddress, AtlasHttpClientFactory.Create(Options()));

    /// <summary>A new project in the seeded organization, with a unique name.</summary>
    public async Task<Group> NewProjectAsync(AtlasClient client, string prefix = "p")
        => await client.Projects.CreateGroupAsync(new Group { Name = prefix + "-" + Guid.NewGuid().ToString("N")[..12], OrgId = Org.Id });
}

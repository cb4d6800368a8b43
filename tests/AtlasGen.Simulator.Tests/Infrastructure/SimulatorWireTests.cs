namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>A test class on its class's simulator, talking raw HTTP: a fresh <see cref="Wire"/> for each test.</summary>
public abstract class SimulatorWireTests : IClassFixture<SimulatorFixture>, IDisposable
{
    protected SimulatorWireTests(SimulatorFixture sim)
    {
        Sim = sim;
        Wire = sim.Wire();
    }

    protected SimulatorFixture Sim { get; }

    protected WireClient Wire { get; }

    public void Dispose()
    {
        Wire.Dispose();
        GC.SuppressFinalize(this);
    }
}

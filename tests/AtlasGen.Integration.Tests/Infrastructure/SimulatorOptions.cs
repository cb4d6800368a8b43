using AtlasGen.Simulator;

namespace AtlasGen.Integration.Tests.Infrastructure;

internal static class SimulatorOptions
{
    /// <summary>Points the options at the simulator, with its seeded key pair.</summary>
    public static void Use(this AtlasClientOptions options, AtlasSimulator simulator)
    {
        options.BaseAddress = simulator.BaseAddress;
        options.PublicKey = simulator.Organization.PublicKey;
        options.PrivateKey = simulator.Organization.PrivateKey;
    }
}

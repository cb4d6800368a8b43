using System.Security.Cryptography;

namespace AtlasGen.Simulator.State;

/// <summary>Fresh credentials in Atlas's shapes.</summary>
internal static class SimulatorSeed
{
    /// <summary>An 8-letter lowercase public key, as Atlas issues.</summary>
    public static string NewPublicKey() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 8);
}

namespace AtlasGen.Runtime.Tests.Fakes;

/// <summary>The public key the digest tests log in with; each test class keeps its own private key.</summary>
public static class TestAccount
{
    public const string User = "pubkey";
}

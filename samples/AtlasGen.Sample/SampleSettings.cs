namespace AtlasGen.Sample;

/// <summary>What the sample runs against, and how far it may go.</summary>
/// <param name="PublicKey">ATLAS_PUBLIC_KEY; with the private key, targets that server instead of the simulator.</param>
/// <param name="PrivateKey">ATLAS_PRIVATE_KEY.</param>
/// <param name="BaseUrl">ATLAS_BASE_URL; Atlas itself when unset.</param>
/// <param name="Write">--write: against a real server, also create, change and delete.</param>
/// <param name="PageSize">--page-size: itemsPerPage for the paginated listing.</param>
/// <param name="Clusters">--clusters: run the second workflow (a cluster, a database user, an access-list entry) instead.</param>
internal sealed record SampleSettings(string? PublicKey, string? PrivateKey, string? BaseUrl, bool Write, int PageSize, bool Clusters = false)
{
    public bool UsesSimulator => string.IsNullOrEmpty(PublicKey) || string.IsNullOrEmpty(PrivateKey);
}

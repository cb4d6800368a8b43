namespace AtlasGen.Simulator;

/// <summary>The organization a simulator starts with, and the API key pair that may call it.</summary>
/// <param name="Id">The organization ID (24 hex digits).</param>
/// <param name="Name">The organization name.</param>
/// <param name="ApiKeyId">The ID of the seeded organization API key.</param>
/// <param name="PublicKey">The seeded key's public key: the digest user name.</param>
/// <param name="PrivateKey">The seeded key's private key: the digest password.</param>
/// <param name="OwnerUserId">The ID of the seeded organization owner, a member of every new project.</param>
/// <param name="UserIds">The IDs of the organization's users, the owner first.</param>
/// <param name="TeamIds">The IDs of the organization's teams, which projects can add.</param>
/// <param name="ClientId">The seeded service account's client ID (an organization owner), for <c>/api/oauth/token</c>.</param>
/// <param name="ClientSecret">The seeded service account's client secret.</param>
public sealed record SimulatorOrganization(
    string Id,
    string Name,
    string ApiKeyId,
    string PublicKey,
    string PrivateKey,
    string OwnerUserId,
    IReadOnlyList<string> UserIds,
    IReadOnlyList<string> TeamIds,
    string ClientId,
    string ClientSecret)
{
    /// <summary>Hides the private key, whatever prints the organization.</summary>
    public override string ToString() => $"SimulatorOrganization {{ Id = {Id}, Name = {Name}, PublicKey = {PublicKey}, PrivateKey = ***, ClientId = {ClientId}, ClientSecret = *** }}";
}

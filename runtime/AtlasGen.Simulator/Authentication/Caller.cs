namespace AtlasGen.Simulator.Authentication;

/// <summary>Who sent a request: an API key (digest) or a service account (bearer token), with its roles now.</summary>
/// <param name="Name">The API key's public key, or the service account's client ID.</param>
/// <param name="Roles">Its organization and project roles.</param>
/// <param name="ApiKey">The API key, whose access list some operations check; null for a service account.</param>
internal sealed record Caller(string Name, IReadOnlyList<KeyRole> Roles, ApiKeyRecord? ApiKey);

using System.Collections.Concurrent;

namespace AtlasGen.Simulator.State;

/// <summary>
/// The organization API keys, by ID and by public key. It is also the digest credential store: any key it holds can
/// authenticate, as on Atlas.
/// </summary>
internal sealed class ApiKeyStore : SequencedStore<ApiKeyRecord>
{
    private readonly ConcurrentDictionary<string, ApiKeyRecord> _byPublicKey = new(StringComparer.Ordinal);

    /// <summary>Creates a key with fresh credentials: an 8-letter public key, as Atlas issues, and a UUID-shaped private key.</summary>
    public ApiKeyRecord Create(string id, string orgId, string? desc, IEnumerable<KeyRole> roles)
    {
        while (true)
        {
            var publicKey = SimulatorSeed.NewPublicKey();
            if (TryAdd(id, orgId, publicKey, Guid.NewGuid().ToString(), desc, roles) is { } key)
            {
                return key;
            }
        }
    }

    /// <summary>Adds a key with given credentials (the seeded one); null when the public key is taken.</summary>
    public ApiKeyRecord? TryAdd(string id, string orgId, string publicKey, string privateKey, string? desc, IEnumerable<KeyRole> roles)
    {
        var key = new ApiKeyRecord(id, orgId, publicKey, privateKey, desc, roles, NextSequence());
        if (!_byPublicKey.TryAdd(publicKey, key))
        {
            return null;
        }

        Publish(id, key);
        return key;
    }

    public ApiKeyRecord? GetByPublicKey(string publicKey) => _byPublicKey.GetValueOrDefault(publicKey);

    public string? PrivateKeyOf(string publicKey) => _byPublicKey.TryGetValue(publicKey, out var key) ? key.PrivateKey : null;

    public bool Remove(string id)
    {
        if (!TryRemove(id, out var key))
        {
            return false;
        }

        _byPublicKey.TryRemove(key.PublicKey, out _);
        return true;
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace AtlasGen.Simulator.Authentication;

/// <summary>A service account: OAuth 2.0 client credentials and the roles its tokens carry.</summary>
internal sealed record ServiceAccountRecord(string ClientId, string ClientSecret, string OrgId, IReadOnlyList<KeyRole> Roles);

/// <summary>
/// The service accounts and the bearer tokens issued to them by the client-credentials grant. A token lives for
/// <see cref="TokenLifetime"/> on the simulator's clock, as Atlas's do (an hour by default).
/// </summary>
internal sealed class ServiceAccountStore
{
    private readonly ConcurrentDictionary<string, ServiceAccountRecord> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ClientId, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ServiceAccountStore(TimeProvider time, TimeSpan tokenLifetime)
    {
        _time = time;
        TokenLifetime = tokenLifetime;
    }

    public TimeSpan TokenLifetime { get; }

    public void Add(ServiceAccountRecord account) => _accounts[account.ClientId] = account;

    /// <summary>A fresh token for matching credentials; null when the client is unknown or the secret wrong.</summary>
    public string? Issue(string clientId, string clientSecret)
    {
        if (!_accounts.TryGetValue(clientId, out var account)
            || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(account.ClientSecret), System.Text.Encoding.UTF8.GetBytes(clientSecret)))
        {
            return null;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = (clientId, _time.GetUtcNow() + TokenLifetime);
        return token;
    }

    /// <summary>The account a bearer token belongs to; null when unknown or expired.</summary>
    public ServiceAccountRecord? Authenticate(string token)
    {
        if (!_tokens.TryGetValue(token, out var entry))
        {
            return null;
        }

        if (_time.GetUtcNow() >= entry.ExpiresAt)
        {
            _tokens.TryRemove(token, out _);
            return null;
        }

        return _accounts.GetValueOrDefault(entry.ClientId);
    }
}

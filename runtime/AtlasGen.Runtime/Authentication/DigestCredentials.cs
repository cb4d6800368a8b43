using System.Diagnostics;

namespace AtlasGen.Runtime;

/// <summary>The digest user name and password. The password never leaves this type except into a hash.</summary>
[DebuggerDisplay("{ToString(),nq}")]
internal sealed class DigestCredentials
{
    private readonly string _password;

    public DigestCredentials(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        Username = username;
        _password = password;
    }

    public string Username { get; }

    /// <summary>H(username ":" realm ":" password), the base of A1 (RFC 7616 §3.4.2).</summary>
    public string HashUserRealmPassword(DigestAlgorithm algorithm, string realm)
        => algorithm.Hash(Username + ":" + realm + ":" + _password);

    /// <inheritdoc />
    public override string ToString() => $"DigestCredentials {{ Username = {Username}, Password = *** }}";
}

using System.Security.Cryptography;
using System.Text;

namespace AtlasGen.Runtime;

/// <summary>The digest hash algorithms this client speaks (RFC 7616 §3.3 and RFC 2617).</summary>
internal sealed class DigestAlgorithm
{
    public static readonly DigestAlgorithm Md5 = new("MD5", isSession: false, useSha256: false);
    public static readonly DigestAlgorithm Md5Session = new("MD5-sess", isSession: true, useSha256: false);
    public static readonly DigestAlgorithm Sha256 = new("SHA-256", isSession: false, useSha256: true);
    public static readonly DigestAlgorithm Sha256Session = new("SHA-256-sess", isSession: true, useSha256: true);

    /// <summary>The names this client accepts, for error messages.</summary>
    public const string SupportedNames = "MD5, MD5-sess, SHA-256, SHA-256-sess";

    private readonly bool _useSha256;

    private DigestAlgorithm(string name, bool isSession, bool useSha256)
    {
        Name = name;
        IsSession = isSession;
        _useSha256 = useSha256;
    }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>True for the <c>-sess</c> variants, whose A1 also covers the nonce and cnonce.</summary>
    public bool IsSession { get; }

    /// <summary>Looks up an <c>algorithm</c> token (case-insensitive). A missing token means MD5 (RFC 2617 §3.2.1).</summary>
    public static bool TryGet(string? token, out DigestAlgorithm algorithm)
    {
        algorithm = token is null || token.Length == 0 ? Md5 : token.ToUpperInvariant() switch
        {
            "MD5" => Md5,
            "MD5-SESS" => Md5Session,
            "SHA-256" => Sha256,
            "SHA-256-SESS" => Sha256Session,
            _ => null!,
        };
        return algorithm is not null;
    }

    /// <summary>The lower-case hex hash of the UTF-8 bytes of <paramref name="value"/>.</summary>
    public string Hash(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        // Inputs are short (user:realm:password, method:uri); only a long URI spills to the heap.
        var buffer = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(value, buffer);
        return Hash(buffer);
    }

    /// <summary>The lower-case hex hash of <paramref name="data"/>.</summary>
    public string Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        // MD5 is what RFC 2617 servers (Atlas, Apache) require; it is not used for anything but this protocol.
        var written = _useSha256 ? SHA256.HashData(data, hash) : MD5.HashData(data, hash);
        return Convert.ToHexStringLower(hash[..written]);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

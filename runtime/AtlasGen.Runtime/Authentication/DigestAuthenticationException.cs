namespace AtlasGen.Runtime;

/// <summary>
/// The server's digest challenge cannot be answered, e.g. it asks only for an algorithm or qop this client does not
/// support. Not thrown for rejected credentials: those come back as the server's 401. Never carries the password.
/// </summary>
public sealed class DigestAuthenticationException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong; must not contain secrets.</param>
    /// <param name="algorithm">The unsupported algorithm the server asked for, if that is the problem.</param>
    public DigestAuthenticationException(string message, string? algorithm = null)
        : base(message, inner: null, System.Net.HttpStatusCode.Unauthorized)
    {
        Algorithm = algorithm;
    }

    /// <summary>The algorithm the server asked for that this client does not support, or null.</summary>
    public string? Algorithm { get; }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>RFC 7616 MD5/qop=auth arithmetic written out in the test, independent of both the simulator and the runtime handler.</summary>
public static partial class DigestMath
{
    public static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Authorization(string user, string password, string realm, string nonce, string method, string uri, int nc, string cnonce = "0a4f113b")
    {
        var ncText = nc.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var response = Md5($"{Md5($"{user}:{realm}:{password}")}:{nonce}:{ncText}:{cnonce}:auth:{Md5($"{method}:{uri}")}");
        return $"Digest username=\"{user}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", qop=auth, nc={ncText}, cnonce=\"{cnonce}\", response=\"{response}\", algorithm=MD5";
    }

    public static string Challenge(HttpResponseMessage response) => string.Join(", ", response.Headers.WwwAuthenticate);

    public static string Nonce(HttpResponseMessage response) => NoncePattern().Match(Challenge(response)).Groups[1].Value;

    [GeneratedRegex("nonce=\"([^\"]+)\"")]
    private static partial Regex NoncePattern();
}

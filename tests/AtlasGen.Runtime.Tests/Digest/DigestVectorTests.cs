using AtlasGen.Simulator.Authentication;
using System.Text;

namespace AtlasGen.Runtime.Tests.Digest;

/// <summary>The RFCs' worked examples, computed by the handler's own code.</summary>
public class DigestVectorTests
{
    // RFC 7616 §3.9.1.
    private const string Rfc7616Nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private const string Rfc7616Cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
    private const string Rfc7616Opaque = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";

    [Theory]
    [InlineData("MD5", "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    // The -sess values are not in the RFC; they match an independent implementation's published values for these inputs.
    [InlineData("MD5-sess", "e783283f46242139c486a698fec7211d")]
    [InlineData("SHA-256-sess", "2fd51b3a77ad75bad6afad6003e818d767133c46d9e2749e7f5232ae1ea3efd7")]
    public void Rfc7616_example_response(string algorithmName, string expected)
    {
        Assert.True(DigestAlgorithm.TryGet(algorithmName, out var algorithm));
        var urp = new DigestCredentials("Mufasa", "Circle of Life").HashUserRealmPassword(algorithm, "http-auth@example.org");

        var response = DigestAuthorizationBuilder.ComputeResponse(algorithm, urp, Rfc7616Nonce, "auth", "00000001", Rfc7616Cnonce, "GET", "/dir/index.html", []);

        Assert.Equal(expected, response);
    }

    [Fact]
    public void Rfc7616_example_header_from_the_rfc_challenge()
    {
        // The RFC's challenge offers SHA-256 first, then MD5, in two header fields; the first supported one wins.
        var challenges = HttpChallengeParser.Parse(new[]
        {
            $"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, nonce=\"{Rfc7616Nonce}\", opaque=\"{Rfc7616Opaque}\"",
            $"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5, nonce=\"{Rfc7616Nonce}\", opaque=\"{Rfc7616Opaque}\"",
        });
        var challenge = DigestChallenge.TryCreate(challenges[0])!;
        Assert.True(DigestAlgorithm.TryGet(challenge.AlgorithmToken, out var algorithm));
        Assert.True(challenge.TrySelectQop(out var qop));
        Assert.Equal("auth", qop); // auth-int is offered too, but only used when it is the only choice
        var credentials = new DigestCredentials("Mufasa", "Circle of Life");
        var state = new DigestNonceState(challenge, algorithm, qop, new DigestNonceCounter(challenge.Nonce), credentials);

        var header = DigestAuthorizationBuilder.Build(state, credentials, "GET", "/dir/index.html", state.Counter.Next(), Rfc7616Cnonce, []);
        var p = DigestCredentialsParser.TryParseParameters(header)!;

        Assert.Equal("Mufasa", p["username"]);
        Assert.Equal("http-auth@example.org", p["realm"]);
        Assert.Equal("/dir/index.html", p["uri"]);
        Assert.Equal("SHA-256", p["algorithm"]);
        Assert.Equal(Rfc7616Nonce, p["nonce"]);
        Assert.Equal("00000001", p["nc"]);
        Assert.Equal(Rfc7616Cnonce, p["cnonce"]);
        Assert.Equal("auth", p["qop"]);
        Assert.Equal("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", p["response"]);
        Assert.Equal(Rfc7616Opaque, p["opaque"]);
        // RFC 7616 §3.4: algorithm, qop and nc are never quoted.
        Assert.Contains("algorithm=SHA-256,", header);
        Assert.Contains("nc=00000001,", header);
        Assert.Contains("qop=auth,", header);
    }

    [Fact]
    public void Rfc2617_example_response()
    {
        // RFC 2617 §3.5 (note the capital O in "Circle Of Life" there).
        var challenge = DigestChallenge.TryCreate(HttpChallengeParser.Parse(
            "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"")[0])!;
        Assert.True(DigestAlgorithm.TryGet(challenge.AlgorithmToken, out var algorithm));
        Assert.Same(DigestAlgorithm.Md5, algorithm);
        Assert.True(challenge.TrySelectQop(out var qop));
        var credentials = new DigestCredentials("Mufasa", "Circle Of Life");
        var state = new DigestNonceState(challenge, algorithm, qop, new DigestNonceCounter(challenge.Nonce), credentials);

        var header = DigestAuthorizationBuilder.Build(state, credentials, "GET", "/dir/index.html", state.Counter.Next(), "0a4f113b", []);
        var p = DigestCredentialsParser.TryParseParameters(header)!;

        Assert.Equal("6629fae49393a05397450978507c4ef1", p["response"]);
        Assert.Equal("5ccc069c403ebaf9f0171e9517f40e41", p["opaque"]);
        Assert.False(p.ContainsKey("algorithm")); // the challenge named none, so none is echoed
    }

    [Fact]
    public void Auth_int_hashes_the_body()
    {
        // Expected value computed independently (Python hashlib) from RFC 7616 §3.9.1 inputs, a POST and this body.
        var body = Encoding.UTF8.GetBytes("{\"name\":\"demo\"}");
        var urp = new DigestCredentials("Mufasa", "Circle of Life").HashUserRealmPassword(DigestAlgorithm.Sha256, "http-auth@example.org");

        var response = DigestAuthorizationBuilder.ComputeResponse(DigestAlgorithm.Sha256, urp, Rfc7616Nonce, "auth-int", "00000001", Rfc7616Cnonce, "POST", "/dir/index.html", body);

        Assert.Equal("f19abc4fde12dccb77b4953b11b3d6c411a795ef44fe9cadd60beb9dfb7590da", response);
    }

    [Fact]
    public void Userhash_sends_the_hashed_name()
    {
        // RFC 7616 §3.9.2's user, with SHA-256 (the RFC's SHA-512-256 is not supported); value from Python hashlib.
        var header = Rfc7616NonAsciiUserAuthorization(
            "Digest realm=\"api@example.org\", qop=\"auth\", algorithm=SHA-256, nonce=\"5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK\", charset=UTF-8, userhash=true");
        var p = DigestCredentialsParser.TryParseParameters(header)!;

        Assert.Equal("5a1a8a47df5c298551b9b42ba9b05835174a5bd7d511ff7fe9191d8e946fc4e7", p["username"]);
        Assert.Equal("true", p["userhash"]);
        Assert.DoesNotContain("username*", header);
    }

    [Fact]
    public void Non_ascii_name_without_userhash_goes_as_username_star()
    {
        var header = Rfc7616NonAsciiUserAuthorization(
            "Digest realm=\"api@example.org\", qop=\"auth\", algorithm=SHA-256, nonce=\"n\", charset=UTF-8, userhash=false");

        // RFC 7616 §3.9.2 spells this user exactly so.
        Assert.StartsWith("username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, ", header);
        Assert.DoesNotContain("username=", header);
    }

    /// <summary>The Authorization header for RFC 7616 §3.9.2's user answering the given SHA-256 challenge.</summary>
    private static string Rfc7616NonAsciiUserAuthorization(string challengeHeader)
    {
        var challenge = DigestChallenge.TryCreate(HttpChallengeParser.Parse(challengeHeader)[0])!;
        var credentials = new DigestCredentials("J\u00e4s\u00f8n Doe", "Secret, or not?");
        var state = new DigestNonceState(challenge, DigestAlgorithm.Sha256, "auth", new DigestNonceCounter(challenge.Nonce), credentials);
        return DigestAuthorizationBuilder.Build(state, credentials, "GET", "/doe.json", 1, "c", []);
    }

    [Fact]
    public void Quotes_and_backslashes_in_a_name_are_escaped()
    {
        var challenge = DigestChallenge.TryCreate(HttpChallengeParser.Parse("Digest realm=\"r\", nonce=\"n\", qop=auth")[0])!;
        var credentials = new DigestCredentials("a\"b\\c", "p");
        var state = new DigestNonceState(challenge, DigestAlgorithm.Md5, "auth", new DigestNonceCounter("n"), credentials);

        var header = DigestAuthorizationBuilder.Build(state, credentials, "GET", "/", 1, "c", []);

        Assert.StartsWith("username=\"a\\\"b\\\\c\"", header);
        Assert.Equal("a\"b\\c", DigestCredentialsParser.TryParseParameters(header)!["username"]);
    }

    [Theory]
    [InlineData("md5", "MD5")]
    [InlineData("sha-256-SESS", "SHA-256-sess")]
    [InlineData(null, "MD5")]
    public void Algorithm_tokens_are_case_insensitive_and_default_to_md5(string? token, string expected)
    {
        Assert.True(DigestAlgorithm.TryGet(token, out var algorithm));
        Assert.Equal(expected, algorithm.Name);
    }

    [Theory]
    [InlineData("SHA-512-256")]
    [InlineData("SHA-1")]
    public void Other_algorithms_are_not_supported(string token)
        => Assert.False(DigestAlgorithm.TryGet(token, out _));

    [Fact]
    public void Nonce_counter_rises_strictly_under_contention()
    {
        var counter = new DigestNonceCounter("n");
        var values = new System.Collections.Concurrent.ConcurrentBag<long>();
        System.Threading.Tasks.Parallel.For(0, 10_000, _ => values.Add(counter.Next()));

        Assert.Equal(Enumerable.Range(1, 10_000).Select(i => (long)i), values.OrderBy(v => v));
        Assert.Equal("00000001", DigestAuthorizationBuilder.FormatNonceCount(1));
        Assert.Equal("0000ff0a", DigestAuthorizationBuilder.FormatNonceCount(0xff0a));
    }
}

namespace AtlasGen.Runtime.Tests.Digest;

public class ChallengeParserTests
{
    [Fact]
    public void Quoted_strings_keep_commas_and_unescape_quoted_pairs()
    {
        var challenges = HttpChallengeParser.Parse("Digest realm=\"a, \\\"b\\\" \\\\ c\", nonce=\"n,1=2\", qop=\"auth,auth-int\", opaque=\"x\"");

        var c = Assert.Single(challenges);
        Assert.Equal("Digest", c.Scheme);
        Assert.Equal("a, \"b\" \\ c", c.Get("realm"));
        Assert.Equal("n,1=2", c.Get("nonce"));
        Assert.Equal("auth,auth-int", c.Get("qop"));
        Assert.Equal("x", c.Get("opaque"));
    }

    [Fact]
    public void Several_challenges_in_one_header()
    {
        var challenges = HttpChallengeParser.Parse(
            "Basic realm=\"basic, realm\", Digest realm=\"y\", nonce=\"z\", algorithm=SHA-256, Newauth, Digest realm=\"y\",nonce=\"w\",algorithm=MD5");

        Assert.Collection(challenges,
            c => { Assert.Equal("Basic", c.Scheme); Assert.Equal("basic, realm", c.Get("realm")); },
            c => { Assert.Equal("Digest", c.Scheme); Assert.Equal("z", c.Get("nonce")); Assert.Equal("SHA-256", c.Get("algorithm")); },
            c => { Assert.Equal("Newauth", c.Scheme); Assert.Empty(c.Parameters); },
            c => { Assert.Equal("Digest", c.Scheme); Assert.Equal("w", c.Get("nonce")); Assert.Equal("MD5", c.Get("algorithm")); });
    }

    [Fact]
    public void Token68_challenges_do_not_swallow_the_next_one()
    {
        var challenges = HttpChallengeParser.Parse("Negotiate YIIBhgYGKwYBBQUC==, Digest realm=\"r\", nonce=\"n\"");

        Assert.Collection(challenges,
            c => { Assert.Equal("Negotiate", c.Scheme); Assert.Equal("YIIBhgYGKwYBBQUC==", c.Token68); },
            c => { Assert.Equal("Digest", c.Scheme); Assert.Equal("n", c.Get("nonce")); });
    }

    [Fact]
    public void Multiple_header_fields_are_read_in_order()
    {
        var challenges = HttpChallengeParser.Parse(new[] { "Basic realm=\"b\"", "Digest realm=\"d\", nonce=\"1\"", "Digest realm=\"d\", nonce=\"2\"" });

        Assert.Equal(new[] { "Basic", "Digest", "Digest" }, challenges.ConvertAll(c => c.Scheme));
        Assert.Equal("2", challenges[2].Get("nonce"));
    }

    [Fact]
    public void Names_are_case_insensitive_whitespace_is_tolerated_and_first_duplicate_wins()
    {
        var c = Assert.Single(HttpChallengeParser.Parse("digest   REALM = \"r\" ,  Nonce=abc ,nonce=\"second\", STALE=\"TRUE\",,"));
        var digest = DigestChallenge.TryCreate(c)!;

        Assert.Equal("r", digest.Realm);
        Assert.Equal("abc", digest.Nonce);
        Assert.True(digest.Stale);
    }

    [Fact]
    public void Digest_challenge_reads_every_field()
    {
        var digest = DigestChallenge.TryCreate(Assert.Single(HttpChallengeParser.Parse(
            "Digest realm=\"api@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256-sess, nonce=\"n\", opaque=\"o\", charset=UTF-8, userhash=true, stale=false")))!;

        Assert.Equal("api@example.org", digest.Realm);
        Assert.Equal(new[] { "auth", "auth-int" }, digest.Qop);
        Assert.Equal("SHA-256-sess", digest.AlgorithmToken);
        Assert.Equal("o", digest.Opaque);
        Assert.Equal("UTF-8", digest.Charset);
        Assert.True(digest.Userhash);
        Assert.False(digest.Stale);
    }

    [Theory]
    [InlineData("qop=\"auth-int\"", "auth-int")]
    [InlineData("qop=\"auth-int, auth\"", "auth")]
    [InlineData("qop=\"auth\"", "auth")]
    [InlineData("", null)]
    public void Auth_int_is_chosen_only_when_it_is_the_only_qop(string qopParam, string? expected)
    {
        var digest = DigestChallenge.TryCreate(Assert.Single(HttpChallengeParser.Parse("Digest realm=\"r\", nonce=\"n\"" + (qopParam.Length > 0 ? ", " + qopParam : ""))))!;

        Assert.True(digest.TrySelectQop(out var qop));
        Assert.Equal(expected, qop);
    }

    [Fact]
    public void Unknown_qop_only_cannot_be_answered()
    {
        var digest = DigestChallenge.TryCreate(Assert.Single(HttpChallengeParser.Parse("Digest realm=\"r\", nonce=\"n\", qop=\"auth-conf\"")))!;
        Assert.False(digest.TrySelectQop(out _));
    }

    [Fact]
    public void A_challenge_without_nonce_is_not_a_usable_digest_challenge()
        => Assert.Null(DigestChallenge.TryCreate(Assert.Single(HttpChallengeParser.Parse("Digest realm=\"r\""))));

    [Fact]
    public void Unterminated_quoted_string_does_not_throw()
    {
        var c = Assert.Single(HttpChallengeParser.Parse("Digest realm=\"open, nonce=\"x"));
        Assert.Equal("open, nonce=", c.Get("realm"));
    }
}

namespace AtlasGen.Runtime.Tests.Digest;

/// <summary>The private key never shows up in an exception, a ToString or a log event.</summary>
public class SecretHygieneTests
{
    private const string Key = "SECRET-7c1d9e0a-private";

    [Fact]
    public async Task Private_key_is_absent_from_messages_ToString_and_logs()
    {
        var logger = new FakeLogger(); // records every level, Debug included
        var server = new FakeDigestServer();
        server.Users[User] = Key;
        var handler = new DigestAuthenticationHandler(User, Key, new FakeServerHandler(server), logger);
        using var client = new HttpClient(handler) { BaseAddress = DigestTestClient.BaseAddress };
        var texts = new System.Collections.Generic.List<string>();

        // Success, stale renewal and a rejected cached nonce: every debug event fires.
        (await client.GetAsync("/a")).Dispose();
        server.ExpireAllNonces();
        (await client.GetAsync("/b")).Dispose();
        server.ForgetAllNonces();
        (await client.GetAsync("/c")).Dispose();

        // Rejected credentials, through AtlasConnection.
        server.Users[User] = "rotated";
        using (var connection = new AtlasConnection(client, new AtlasClientOptions { BaseAddress = DigestTestClient.BaseAddress, PublicKey = User, PrivateKey = Key }))
        {
            var auth = await Assert.ThrowsAsync<AtlasAuthenticationException>(() =>
                connection.SendAsync(new AtlasRequest(HttpMethod.Get, "listProjects", "/api/atlas/v2/groups", "/api/atlas/v2/groups", "application/json"), default));
            texts.Add(auth.Message);
            texts.Add(auth.ToString());
        }

        // An unsupported algorithm.
        server.ChallengeOverride = ["Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256"];
        using var fresh = new HttpClient(new DigestAuthenticationHandler(User, Key, new FakeServerHandler(server), logger)) { BaseAddress = DigestTestClient.BaseAddress };
        var unsupported = await Assert.ThrowsAsync<DigestAuthenticationException>(() => fresh.GetAsync("/d"));
        texts.Add(unsupported.Message);
        texts.Add(unsupported.ToString());

        texts.Add(handler.ToString());
        texts.Add(new AtlasClientOptions { PublicKey = User, PrivateKey = Key }.ToString());
        texts.Add(new DigestCredentials(User, Key).ToString());
        var records = logger.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Id.Name == "DigestNonceRenewed");
        Assert.Contains(records, r => r.Id.Name == "DigestCachedNonceRejected");
        Assert.Contains(records, r => r.Id.Name == "DigestCredentialsRejected");
        Assert.Contains(records, r => r.Id.Name == "DigestUnsupported");
        foreach (var record in records)
        {
            texts.Add(record.Message);
            texts.AddRange(record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []);
            texts.Add(record.Exception?.ToString() ?? "");
        }

        Assert.All(texts, text => Assert.DoesNotContain(Key, text, StringComparison.Ordinal));
        Assert.Contains("***", handler.ToString());
        // Nor does any header on the wire carry it.
        Assert.All(server.Requests, r => Assert.DoesNotContain(Key, r.Authorization ?? ""));
    }

    [Fact]
    public void Handler_rejects_null_credentials()
    {
        Assert.Throws<ArgumentNullException>(() => new DigestAuthenticationHandler(null!, "k", new HttpClientHandler()));
        Assert.Throws<ArgumentNullException>(() => new DigestAuthenticationHandler("u", null!, new HttpClientHandler()));
        Assert.Throws<ArgumentNullException>(() => new DigestAuthenticationHandler("u", "k", (HttpMessageHandler)null!));
    }
}

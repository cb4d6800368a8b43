namespace AtlasGen.Client.Tests.Validation;

/// <summary>
/// An access-list entry is passed as written ("192.0.2.0/24") and escaped into one path segment. The spec's pattern
/// for it describes the escaped wire form (…%2F24), so it has to be checked against that form, not the raw value.
/// </summary>
public sealed class PathParameterEscapingTests
{
    private static string NonConstant(string value) => new(value.AsSpan());

    [Theory]
    [InlineData("192.0.2.0/24", "192.0.2.0%2F24")]
    [InlineData("203.0.113.10", "203.0.113.10")]
    public async Task An_IPv4_entry_is_accepted_and_escaped(string entry, string segment)
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.NoContent());

        await client.ProgrammaticApiKeys.DeleteOrgApiKeyAccessListEntryAsync(Ids.Org, Ids.ApiUser, NonConstant(entry));

        Assert.Equal($"/api/atlas/v2/orgs/{Ids.Org}/apiKeys/{Ids.ApiUser}/accessList/{segment}", handler.Single.RawPath);
    }

    [Fact]
    public async Task An_IPv6_CIDR_entry_is_accepted_and_its_slash_escaped()
    {
        // The spec's pattern accepts "2001:db8::%2F48" (the escaped form); the raw "2001:db8::/48" must therefore pass too.
        using var client = FakeAtlas.Client(out var handler, CannedResponse.NoContent());

        await client.ProgrammaticApiKeys.DeleteOrgApiKeyAccessListEntryAsync(Ids.Org, Ids.ApiUser, NonConstant("2001:db8::/48"));

        var segment = handler.Single.RawPath[(handler.Single.RawPath.LastIndexOf('/') + 1)..];
        Assert.EndsWith("%2F48", segment, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2001:db8::/48", Uri.UnescapeDataString(segment));
    }

    [Fact]
    public async Task Something_that_is_no_address_at_all_is_rejected_before_sending()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.NoContent());

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.ProgrammaticApiKeys.GetOrgApiKeyAccessListEntryAsync(Ids.Org, Ids.ApiUser, NonConstant("localhost")));

        Assert.Equal("ipAddress", ex.ParamName);
        Assert.Empty(handler.Requests);
    }
}

using AtlasGen.Simulator.Http;

namespace AtlasGen.Simulator.Tests.Rules;

/// <summary>The project IP access-list rule: arrays, /32 keys, PENDING to ACTIVE, temporary entries, Atlas's codes.</summary>
public sealed class ProjectAccessListRuleTests
{
    private const string Template = "/api/atlas/v2/groups/{groupId}/accessList";

    private static RuleDriver Driver(int reads = 2, int seconds = 30)
        => new(o => RuleDriver.RuleFor(o, Template), new AtlasSimulatorOptions { ProvisioningReads = reads, ProvisioningTime = TimeSpan.FromSeconds(seconds) });

    [Fact]
    public void A_post_takes_an_array_and_an_address_is_kept_as_its_single_host_block()
    {
        var sim = Driver();
        var created = sim.Create("""[{"ipAddress":"192.0.2.10","comment":"office"},{"cidrBlock":"198.51.100.0/24"},{"ipAddress":"2001:db8::1"}]""");

        Assert.Equal(new[] { "192.0.2.10/32", "198.51.100.0/24", "2001:db8::1/128" }, created.Select(i => i.Key));
        Assert.Equal("192.0.2.10", created[0].Body.String("ipAddress"));
        Assert.Equal("192.0.2.10/32", created[0].Body.String("cidrBlock"));
        // The entry reads by its address, its block, or the block's %2F form.
        Assert.NotNull(sim.Get("192.0.2.10"));
        Assert.NotNull(sim.Get("198.51.100.0%2F24"));
        Assert.Equal(201, sim.Rule.StatusFor("POST"));
    }

    [Fact]
    public void Status_is_pending_until_the_reads_or_the_time_are_done()
    {
        var byReads = Driver(reads: 2, seconds: 3600);
        byReads.Create("""[{"ipAddress":"192.0.2.10"}]""");
        Assert.Equal("PENDING", byReads.GetBelow("192.0.2.10", "/status")!["STATUS"]!.GetValue<string>());
        Assert.Equal("ACTIVE", byReads.GetBelow("192.0.2.10", "/status")!["STATUS"]!.GetValue<string>());

        var byClock = Driver(reads: int.MaxValue, seconds: 10);
        byClock.Create("""[{"ipAddress":"192.0.2.10"}]""");
        Assert.Equal("PENDING", byClock.GetBelow("192.0.2.10", "/status")!["STATUS"]!.GetValue<string>());
        byClock.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("ACTIVE", byClock.GetBelow("192.0.2.10", "/status")!["STATUS"]!.GetValue<string>());
        Assert.Null(byClock.Rule.ReadBelow(byClock.Create("""[{"ipAddress":"192.0.2.11"}]""")[0], "/other", byClock.Now));
    }

    [Fact]
    public void A_temporary_entry_vanishes_at_its_delete_after_date()
    {
        var sim = Driver();
        sim.Create("""[{"ipAddress":"192.0.2.10","deleteAfterDate":"2026-12-01T13:00:00Z"}]""");
        Assert.NotNull(sim.Get("192.0.2.10"));
        sim.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(sim.Get("192.0.2.10"));
    }

    [Fact]
    public void Bad_entries_duplicates_and_missing_entries_have_atlas_codes()
    {
        var sim = Driver();
        Assert.Equal("BAD_WHITELIST_ADD_REQUEST", Assert.Throws<SimulatorApiException>(() => sim.Create("""[{"ipAddress":"192.0.2.1","cidrBlock":"192.0.2.0/24"}]""")).ErrorCode);
        Assert.Equal("MISSING_ATTRIBUTE", Assert.Throws<SimulatorApiException>(() => sim.Create("""[{"comment":"nothing"}]""")).ErrorCode);
        Assert.Equal("DUPLICATE_ADDRESSES_IN_INPUT", Assert.Throws<SimulatorApiException>(() => sim.Create("""[{"ipAddress":"192.0.2.1"},{"cidrBlock":"192.0.2.1/32"}]""")).ErrorCode);

        sim.Create("""[{"ipAddress":"192.0.2.1"}]""");
        var duplicate = Assert.Throws<SimulatorApiException>(() => sim.Create("""[{"ipAddress":"192.0.2.1"}]"""));
        Assert.Equal((409, "DUPLICATE_ACCESS_LIST_ENTRY"), (duplicate.Status, duplicate.ErrorCode));

        var missing = RuleAssert.NotFound(sim, "192.0.2.0/24", (404, "ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND"), "IP Address 192.0.2.0/24 not on Atlas access list for group 5f0000000000000000000001.");
        Assert.Equal(new[] { "192.0.2.0/24", "5f0000000000000000000001" }, missing.Parameters);
    }
}

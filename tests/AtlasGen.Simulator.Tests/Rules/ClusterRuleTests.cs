using System.Text.Json.Nodes;
using AtlasGen.Simulator.Http;

namespace AtlasGen.Simulator.Tests.Rules;

/// <summary>The cluster rule: Atlas's states, the fields it fills, its error codes, on reads and on a moved clock.</summary>
public sealed class ClusterRuleTests
{
    private const string Template = "/api/atlas/v2/groups/{groupId}/clusters";
    private const string Cluster = """{"name":"cluster-1","groupId":"5f0000000000000000000001","clusterType":"REPLICASET","replicationSpecs":[]}""";

    private static RuleDriver Driver(int reads = 2, int seconds = 30)
        => new(o => RuleDriver.RuleFor(o, Template), new AtlasSimulatorOptions { ProvisioningReads = reads, ProvisioningTime = TimeSpan.FromSeconds(seconds) });

    [Fact]
    public void A_new_cluster_is_creating_with_what_atlas_fills_in_and_no_connection_strings()
    {
        var sim = Driver();
        var body = sim.Create(Cluster)[0].Body;

        Assert.Equal("CREATING", body.String("stateName"));
        Assert.Empty(body["connectionStrings"]!.AsObject());
        Assert.False(body["paused"]!.GetValue<bool>());
        Assert.Equal("8.0", body.String("mongoDBMajorVersion"));
        Assert.StartsWith("8.0.", body.String("mongoDBVersion"), StringComparison.Ordinal);
        Assert.Equal("2026-12-01T12:00:00Z", body.String("createDate"));
        Assert.Equal("LTS", body.String("versionReleaseSystem"));
    }

    [Fact]
    public void Creating_becomes_idle_with_connection_strings_after_the_configured_reads()
    {
        var sim = Driver(reads: 3, seconds: 3600);
        sim.Create(Cluster);

        Assert.Equal("CREATING", sim.Get("cluster-1")!.String("stateName"));
        Assert.Equal("CREATING", sim.Get("cluster-1")!.String("stateName"));
        var idle = sim.Get("cluster-1")!;
        Assert.Equal("IDLE", idle.String("stateName"));
        Assert.StartsWith("mongodb+srv://cluster-1.", idle["connectionStrings"]!["standardSrv"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_becomes_idle_when_the_clock_moves_past_the_provisioning_time()
    {
        var sim = Driver(reads: int.MaxValue, seconds: 60);
        sim.Create(Cluster);
        sim.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("CREATING", sim.Get("cluster-1")!.String("stateName"));
        sim.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("IDLE", sim.Get("cluster-1")!.String("stateName"));
    }

    [Fact]
    public void A_patch_is_updating_until_done_and_a_paused_cluster_takes_only_its_resume()
    {
        var sim = Driver(reads: 1);
        sim.Create(Cluster);
        sim.Get("cluster-1");

        Assert.Equal("UPDATING", sim.Patch("cluster-1", """{"paused":true}""").String("stateName"));
        var paused = sim.Get("cluster-1")!;
        Assert.Equal("IDLE", paused.String("stateName"));
        Assert.True(paused["paused"]!.GetValue<bool>());

        var refused = Assert.Throws<SimulatorApiException>(() => sim.Patch("cluster-1", """{"backupEnabled":true}"""));
        Assert.Equal((409, "CANNOT_UPDATE_PAUSED_CLUSTER"), (refused.Status, refused.ErrorCode));

        Assert.Equal("UPDATING", sim.Patch("cluster-1", """{"paused":false}""").String("stateName"));
        Assert.False(sim.Get("cluster-1")!["paused"]!.GetValue<bool>());
    }

    [Fact]
    public void A_major_version_change_moves_the_full_version()
    {
        var sim = Driver();
        sim.Create(Cluster);
        Assert.StartsWith("7.0.", sim.Patch("cluster-1", """{"mongoDBMajorVersion":"7.0"}""").String("mongoDBVersion"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_delete_is_deleting_then_the_cluster_vanishes_and_another_delete_is_refused()
    {
        var sim = Driver(reads: 2);
        sim.Create(Cluster);

        Assert.False(sim.Delete("cluster-1"));
        Assert.Equal("DELETING", sim.Get("cluster-1")!.String("stateName"));
        var again = Assert.Throws<SimulatorApiException>(() => sim.Delete("cluster-1"));
        Assert.Equal("CLUSTER_ALREADY_REQUESTED_DELETION", again.ErrorCode);
        Assert.Null(sim.Get("cluster-1"));
    }

    [Fact]
    public void Termination_protection_refuses_a_delete_as_recorded()
    {
        var sim = Driver();
        sim.Create("""{"name":"cluster-1","groupId":"5f0000000000000000000001","terminationProtectionEnabled":true}""");

        var refused = Assert.Throws<SimulatorApiException>(() => sim.Delete("cluster-1"));
        Assert.Equal((400, "CANNOT_TERMINATE_CLUSTER_WHEN_TERMINATION_PROTECTION_ENABLED"), (refused.Status, refused.ErrorCode));
        Assert.Equal("Cannot terminate cluster cluster-1 in group 5f0000000000000000000001 because termination protection is enabled. Disable termination protection and try again.", Assert.Single(refused.Parameters));
    }

    [Fact]
    public void Missing_and_duplicate_names_have_atlas_codes_and_words()
    {
        var sim = Driver();
        var duplicate = RuleAssert.RefusesDuplicate(sim, Cluster, (400, "DUPLICATE_CLUSTER_NAME"), "A cluster named cluster-1 is already present in group 5f0000000000000000000001.");
        Assert.Equal(new[] { "cluster-1", "5f0000000000000000000001" }, duplicate.Parameters);

        var missing = RuleAssert.NotFound(sim, "cluster-712", (404, "CLUSTER_NOT_FOUND"), "No cluster named cluster-712 exists in group 5f0000000000000000000001.");
        Assert.Equal(new[] { "cluster-712", "5f0000000000000000000001" }, missing.Parameters);
    }

    [Fact]
    public void Statuses_are_the_recorded_ones()
        => Assert.Equal(new int?[] { 201, 202, null }, new[] { "POST", "DELETE", "PATCH" }.Select(Driver().Rule.StatusFor));

    [Fact]
    public void A_cluster_cannot_be_created_paused_nor_renamed()
    {
        var sim = Driver();
        Assert.Equal("CANNOT_CREATE_PAUSED_CLUSTER", Assert.Throws<SimulatorApiException>(() => sim.Create("""{"name":"c","paused":true}""")).ErrorCode);
        sim.Create(Cluster);
        Assert.Equal("CLUSTER_CANNOT_CHANGE_NAME", Assert.Throws<SimulatorApiException>(() => sim.Patch("cluster-1", """{"name":"other"}""")).ErrorCode);
    }
}

internal static class JsonTestExtensions
{
    public static string? String(this JsonObject body, string name) => body[name]?.GetValue<string>();
}

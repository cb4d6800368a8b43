using System.Text.Json.Nodes;
using AtlasGen.Simulator.Engine;

namespace AtlasGen.Simulator.Tests.Rules;

/// <summary>
/// How the engine keys a created item and which path values address it again (what the full-spec driver reuses): a
/// rule's key first, an inferred one otherwise, a composite key by its parts.
/// </summary>
public sealed class ItemKeyTests
{
    private static readonly AtlasSimulatorOptions Options = new();

    [Fact]
    public void A_database_user_is_addressed_by_its_database_and_username()
    {
        var user = JsonNode.Parse("""{"databaseName":"admin","username":"app","groupId":"5f0000000000000000000001"}""")!.AsObject();
        var keys = new[] { "databaseName", "username" };
        var rule = RuleDriver.RuleFor(Options, "/api/atlas/v2/groups/{groupId}/databaseUsers");

        Assert.Equal("admin/app", KeyInference.KeyOf(user, rule, keys));
        Assert.Equal(new[] { "databaseName=admin", "username=app" }, Flat(KeyInference.PathValuesOf(user, rule, keys)));
        Assert.Equal(new[] { "databaseName=admin", "username=app" }, Flat(KeyInference.KeyFieldsOf(user, keys)));
    }

    [Fact]
    public void A_composite_key_with_a_missing_part_addresses_nothing()
    {
        var user = JsonNode.Parse("""{"username":"app"}""")!.AsObject();
        Assert.Empty(KeyInference.PathValuesOf(user, null, new[] { "databaseName", "username" }));
    }

    [Fact]
    public void A_cluster_is_addressed_by_its_name_which_an_update_keeps()
    {
        var cluster = JsonNode.Parse("""{"id":"6a0000000000000000000001","name":"cluster-1"}""")!.AsObject();
        var keys = new[] { "clusterName" };

        Assert.Equal(new[] { "clusterName=cluster-1" }, Flat(KeyInference.PathValuesOf(cluster, null, keys)));
        Assert.Equal(new[] { "name=cluster-1" }, Flat(KeyInference.KeyFieldsOf(cluster, keys)));
    }

    [Fact]
    public void An_access_list_entry_is_addressed_by_the_rules_key_its_cidr_block()
    {
        var entry = JsonNode.Parse("""{"ipAddress":"192.0.2.1","cidrBlock":"192.0.2.1/32","groupId":"5f0000000000000000000001"}""")!.AsObject();
        var rule = RuleDriver.RuleFor(Options, "/api/atlas/v2/groups/{groupId}/accessList");

        Assert.Equal(new[] { "entryValue=192.0.2.1/32" }, Flat(KeyInference.PathValuesOf(entry, rule, new[] { "entryValue" })));
        // Without the rule, nothing in the entry names {entryValue}.
        Assert.Empty(KeyInference.PathValuesOf(entry, null, new[] { "entryValue" }));
    }

    [Fact]
    public void A_project_or_organization_key_is_a_known_parent_and_nothing_else_is()
    {
        Assert.True(ResourceInference.IsKnownParent("groupId"));
        Assert.True(ResourceInference.IsKnownParent("orgId"));
        Assert.False(ResourceInference.IsKnownParent("clusterName"));
        Assert.False(ResourceInference.IsKnownParent(null));
    }

    private static IEnumerable<string> Flat(IReadOnlyDictionary<string, string> values)
        => values.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}");
}

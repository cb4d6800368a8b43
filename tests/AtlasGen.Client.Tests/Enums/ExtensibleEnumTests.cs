namespace AtlasGen.Client.Tests.Enums;

/// <summary>String-backed enums: a newer server's value must survive a round trip, and comparisons are exact.</summary>
public sealed class ExtensibleEnumTests
{
    private static readonly AtlasClientJsonContext Json = AtlasClientJsonContext.Default;

    [Fact]
    public void An_unknown_value_round_trips_unchanged()
    {
        var role = RoundTrip("ORG_STREAM_PROCESSING_ROLE_FROM_2030", Json.OrgRole);

        Assert.Equal("ORG_STREAM_PROCESSING_ROLE_FROM_2030", role.Value);
        Assert.False(role.IsKnown);
    }

    [Fact]
    public void A_known_value_round_trips_and_is_the_static_member()
    {
        var role = RoundTrip("ORG_OWNER", Json.OrgRole);

        Assert.Equal(OrgRole.OrgOwner, role);
        Assert.True(role.IsKnown);
    }

    [Fact]
    public void Values_that_are_not_identifiers_round_trip()
    {
        var name = RoundTrip("atlas.project.deployment.nodesPerPrivateLinkRegion", Json.ProjectLimitName);

        Assert.Equal(ProjectLimitName.AtlasProjectDeploymentNodesPerPrivateLinkRegion, name);
    }

    [Fact]
    public void Unknown_values_inside_a_model_round_trip()
    {
        const string json = """{"desc":"k","roles":["ORG_OWNER","ORG_FUTURE_ROLE"]}""";

        var key = JsonSerializer.Deserialize(json, Json.CreateAtlasOrganizationApiKey)!;

        Assert.Equal(new[] { OrgRole.OrgOwner, OrgRole.FromValue("ORG_FUTURE_ROLE") }, key.Roles);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(key, Json.CreateAtlasOrganizationApiKey));
    }

    [Fact]
    public void Equality_is_ordinal()
    {
        Assert.Equal(OrgRole.OrgOwner, OrgRole.FromValue("ORG_OWNER"));
        Assert.True(OrgRole.OrgOwner == OrgRole.FromValue("ORG_OWNER"));
        Assert.Equal(OrgRole.OrgOwner.GetHashCode(), OrgRole.FromValue("ORG_OWNER").GetHashCode());
        Assert.NotEqual(OrgRole.OrgOwner, OrgRole.FromValue("org_owner"));
        Assert.True(OrgRole.OrgOwner != OrgRole.FromValue("ORG_OWNER "));
        Assert.False(OrgRole.OrgOwner.Equals((object)"ORG_OWNER"));
    }

    [Fact]
    public void Parse_throws_on_an_unknown_value_and_FromValue_does_not()
    {
        var ex = Assert.Throws<ArgumentException>(() => OrgRole.Parse("ORG_OWNR"));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("ORG_OWNER", ex.Message);

        Assert.Equal(OrgRole.OrgOwner, OrgRole.Parse("ORG_OWNER"));
        var unknown = OrgRole.FromValue("ORG_OWNR");
        Assert.Equal("ORG_OWNR", unknown.Value);
        Assert.False(unknown.IsKnown);
    }

    [Fact]
    public void Known_values_are_listed_in_spec_order()
    {
        Assert.Equal(new[] { "US", "EU", "US3", "US5", "AP1", "US1_FED" }, Array.ConvertAll(System.Linq.Enumerable.ToArray(DatadogRegion.KnownValues), v => v.Value));
    }

    [Fact]
    public void A_non_string_token_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("42", Json.OrgRole));
    }

    /// <summary>Reads <paramref name="value"/> as a JSON string, checks it is written back unchanged, and returns what was read.</summary>
    private static T RoundTrip<T>(string value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var json = $"\"{value}\"";
        var read = JsonSerializer.Deserialize(json, type)!;
        Assert.Equal(json, JsonSerializer.Serialize(read, type));
        return read;
    }
}

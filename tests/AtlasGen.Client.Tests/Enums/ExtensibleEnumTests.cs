using System;
using System.Text.Json;
using AtlasGen.Atlas;
using AtlasGen.Client.Tests.Infrastructure;
using Xunit;

namespace AtlasGen.Client.Tests.Enums;

/// <summary>String-backed enums: a newer server's value must survive a round trip, and comparisons are exact.</summary>
public sealed class ExtensibleEnumTests
{
    private static readonly AtlasClientJsonContext Json = AtlasClientJsonContext.Default;

    [Fact]
    public void An_unknown_value_round_trips_unchanged()
    {
        var role = JsonSerializer.Deserialize("\"GROUP_STREAM_PROCESSING_OWNER\"", Json.ProjectRole);

        Assert.Equal("GROUP_STREAM_PROCESSING_OWNER", role.Value);
        Assert.False(role.IsKnown);
        Assert.Equal("\"GROUP_STREAM_PROCESSING_OWNER\"", JsonSerializer.Serialize(role, Json.ProjectRole));
    }

    [Fact]
    public void A_known_value_round_trips_and_is_the_static_member()
    {
        var role = JsonSerializer.Deserialize("\"GROUP_OWNER\"", Json.ProjectRole);

        Assert.Equal(ProjectRole.GroupOwner, role);
        Assert.True(role.IsKnown);
        Assert.Equal("\"GROUP_OWNER\"", JsonSerializer.Serialize(role, Json.ProjectRole));
    }

    [Fact]
    public void Values_that_are_not_identifiers_round_trip()
    {
        var name = JsonSerializer.Deserialize("\"dataFederation.bytesProcessed.weekly\"", Json.ProjectLimitName);

        Assert.Equal(ProjectLimitName.DataFederationBytesProcessedWeekly, name);
        Assert.Equal("\"dataFederation.bytesProcessed.weekly\"", JsonSerializer.Serialize(name, Json.ProjectLimitName));
    }

    [Fact]
    public void Unknown_values_inside_a_model_round_trip()
    {
        const string json = $$"""{"roleNames":["GROUP_OWNER","GROUP_FUTURE_ROLE"],"teamId":"{{Ids.Team}}"}""";

        var team = JsonSerializer.Deserialize(json, Json.ApiTeamRoleView)!;

        Assert.Equal(new[] { ProjectRole.GroupOwner, ProjectRole.FromValue("GROUP_FUTURE_ROLE") }, team.RoleNames);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(team, Json.ApiTeamRoleView));
    }

    [Fact]
    public void Equality_is_ordinal()
    {
        Assert.Equal(ProjectRole.GroupOwner, ProjectRole.FromValue("GROUP_OWNER"));
        Assert.True(ProjectRole.GroupOwner == ProjectRole.FromValue("GROUP_OWNER"));
        Assert.Equal(ProjectRole.GroupOwner.GetHashCode(), ProjectRole.FromValue("GROUP_OWNER").GetHashCode());
        Assert.NotEqual(ProjectRole.GroupOwner, ProjectRole.FromValue("group_owner"));
        Assert.True(ProjectRole.GroupOwner != ProjectRole.FromValue("GROUP_OWNER "));
        Assert.False(ProjectRole.GroupOwner.Equals((object)"GROUP_OWNER"));
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
        Assert.Equal(new[] { "US", "EU", "US3", "US5" }, Array.ConvertAll(System.Linq.Enumerable.ToArray(ApiDatadogViewRegion.KnownValues), v => v.Value));
    }

    [Fact]
    public void A_non_string_token_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("42", Json.ProjectRole));
    }
}

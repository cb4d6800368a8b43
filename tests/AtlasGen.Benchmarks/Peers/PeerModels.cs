using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AtlasGen.Benchmarks.Peers;

// Hand-declared equivalents of the generated models the JSON and call benchmarks use, as a user of System.Text.Json's own
// generator or of Refit would write them: the same JSON names and shapes, enums as strings (what the wire carries).

/// <summary>The project (Atlas's Group).</summary>
public sealed class PeerGroup
{
    public long ClusterCount { get; set; }
    public DateTimeOffset Created { get; set; }
    public string? Id { get; set; }
    public List<PeerLink>? Links { get; set; }
    public string Name { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string? RegionUsageRestrictions { get; set; }
    public List<PeerResourceTag>? Tags { get; set; }
    public bool? WithDefaultAlertsSettings { get; set; }
}

public sealed class PeerLink
{
    public string? Href { get; set; }
    public string? Rel { get; set; }
}

public sealed class PeerResourceTag
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

/// <summary>A page of API keys (PaginatedApiApiUserView).</summary>
public sealed class PeerApiKeyPage
{
    public List<PeerLink>? Links { get; set; }
    public List<PeerApiKey> Results { get; set; } = new();
    public int? TotalCount { get; set; }
}

public sealed class PeerApiKey
{
    public string? Desc { get; set; }
    public string? Id { get; set; }
    public List<PeerLink>? Links { get; set; }
    public string? PrivateKey { get; set; }
    public string? PublicKey { get; set; }
    public List<PeerRoleAssignment>? Roles { get; set; }
}

public sealed class PeerRoleAssignment
{
    public string? GroupId { get; set; }
    public string? OrgId { get; set; }
    public string? RoleName { get; set; }
}

/// <summary>The third-party integration union, told apart by <c>type</c>, as STJ's own polymorphism does it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PeerSlack), "SLACK")]
[JsonDerivedType(typeof(PeerPagerDuty), "PAGER_DUTY")]
[JsonDerivedType(typeof(PeerWebhook), "WEBHOOK")]
public class PeerIntegration
{
    public string? Id { get; set; }
}

public sealed class PeerSlack : PeerIntegration
{
    public string ApiToken { get; set; } = "";
    public string? ChannelName { get; set; }
    public string? TeamName { get; set; }
}

public sealed class PeerPagerDuty : PeerIntegration
{
    public string? Region { get; set; }
    public string ServiceKey { get; set; } = "";
}

public sealed class PeerWebhook : PeerIntegration
{
    public string? Secret { get; set; }
    public string Url { get; set; } = "";
}

/// <summary>Atlas's error body.</summary>
public sealed class PeerApiError
{
    public string? Detail { get; set; }
    public int? Error { get; set; }
    public string? ErrorCode { get; set; }
    public List<string>? Parameters { get; set; }
    public string? Reason { get; set; }
}

/// <summary>System.Text.Json's own source generator over the hand-declared models: the JSON benchmarks' baseline.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PeerGroup))]
[JsonSerializable(typeof(PeerApiKeyPage))]
[JsonSerializable(typeof(PeerIntegration))]
[JsonSerializable(typeof(PeerApiError))]
public sealed partial class PeerJsonContext : JsonSerializerContext
{
}

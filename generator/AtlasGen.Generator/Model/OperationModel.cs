using System.Linq;

namespace AtlasGen.Generator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>One OpenAPI operation, as one async method of a tag client.</summary>
/// <param name="RequiredRoles">The caller roles the spec names for it (any one suffices), e.g. "Project Owner".</param>
/// <param name="RequiresAccessList">The spec says the caller's API access list must hold the request's address.</param>
internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<BodyModel> Bodies,
    EquatableArray<ResponseModel> Responses,
    bool Deprecated,
    string? Sunset,
    PaginationModel? Pagination,
    EquatableArray<string> RequiredRoles,
    bool RequiresAccessList)
{
    /// <summary>The body of the newest version, which the default method sends.</summary>
    public BodyModel? Body => Bodies.Count > 0 ? Bodies[0] : null;

    /// <summary>The body to send with a response version: the one of the same version, else the newest.</summary>
    public BodyModel? BodyFor(ResponseModel response)
        => Bodies.FirstOrDefault(b => b.Version is not null && b.Version == response.Version) ?? Body;
}

/// <summary>A path, query or header parameter.</summary>
/// <param name="DefaultValue">The spec's default as JSON text, or null.</param>
/// <param name="SlashMayBeEncoded">The spec's pattern writes "/" as %2F, so callers may pass either form.</param>
internal sealed record ParameterModel(
    string Name,
    string CSharpName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? DefaultValue,
    string? Description,
    Constraints Constraints,
    bool SlashMayBeEncoded);

/// <summary>A request body for one media type; <paramref name="Version"/> is the media type's API version, if any.</summary>
internal sealed record BodyModel(TypeRef Type, string MediaType, string? Version, bool IsRequired, string? Description);

/// <summary>
/// One success response version: its media type and body type (null for no body). Versions after the first
/// (the newest) get methods of their own, named by <paramref name="MethodName"/>.
/// </summary>
internal sealed record ResponseModel(string MediaType, string? Version, TypeRef? Type, bool Deprecated, string? Sunset, string? MethodName);

/// <summary>Set when a list operation pages with pageNum/itemsPerPage and answers {results, totalCount}; <paramref name="MethodName"/> names its Enumerate method.</summary>
internal sealed record PaginationModel(TypeRef ItemType, string ResultsProperty, string? TotalCountProperty, string MethodName);

/// <summary>The operations of one tag, emitted as one client class.</summary>
internal sealed record TagModel(string Name, string ClassName, string PropertyName, string? Description, EquatableArray<OperationModel> Operations);

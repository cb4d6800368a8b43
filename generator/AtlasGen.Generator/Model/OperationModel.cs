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

/// <summary>What an Atlas convention makes of a parameter, beyond being sent (see <c>Parsing.AtlasConventions</c>).</summary>
internal enum ParameterRole
{
    None,
    /// <summary>The 1-based page number; the pager drives it.</summary>
    PageNum,
    /// <summary>The page size; the pager keeps it and stops at a short page.</summary>
    ItemsPerPage,
    /// <summary>Asks for totalCount, which the pager never needs (it times out on large collections).</summary>
    IncludeCount,
    /// <summary>Wraps the response in {status, content}: the connection unwraps it.</summary>
    Envelope,
}

/// <summary>A path, query or header parameter.</summary>
/// <param name="DefaultValue">The spec's default as JSON text, or null.</param>
/// <param name="SlashMayBeEncoded">The spec's pattern writes "/" as %2F, so callers may pass either form.</param>
/// <param name="Role">The meaning an Atlas convention gives it (paging, envelope), decided by the parser.</param>
internal sealed record ParameterModel(
    string Name,
    string CSharpName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? DefaultValue,
    string? Description,
    Constraints Constraints,
    bool SlashMayBeEncoded,
    ParameterRole Role);

/// <summary>A request body for one media type; <paramref name="Version"/> is the media type's API version, if any.</summary>
internal sealed record BodyModel(TypeRef Type, string MediaType, string? Version, bool IsRequired, string? Description);

/// <summary>
/// One success response version: its media type and body type (null for no body, or a body that is not JSON). Versions
/// after the first (the newest JSON one) get methods of their own, named by <paramref name="MethodName"/>.
/// </summary>
/// <param name="BodyKind">How the body is read: deserialized JSON, a string, or a stream.</param>
/// <param name="Status">The spec's success status (its lowest 2xx): 200, 201, 202 or 204.</param>
internal sealed record ResponseModel(string MediaType, string? Version, TypeRef? Type, bool Deprecated, string? Sunset, string? MethodName, ResponseBodyKind BodyKind = ResponseBodyKind.Json, int Status = 200);

/// <summary>What a generated method returns for a success body.</summary>
internal enum ResponseBodyKind
{
    /// <summary>JSON, deserialized into <see cref="ResponseModel.Type"/> (or nothing, when it has no schema).</summary>
    Json,
    /// <summary>Text returned as a string (CSV, PEM, XML, a JSON body whose schema is a plain string).</summary>
    Text,
    /// <summary>Bytes returned as a stream (gzip, binary), read as they arrive.</summary>
    Binary,
}

/// <summary>
/// Set when a list operation has <see cref="ParameterRole.PageNum"/> and <see cref="ParameterRole.ItemsPerPage"/>
/// parameters and answers {results, totalCount}; <paramref name="MethodName"/> names its Enumerate method.
/// </summary>
internal sealed record PaginationModel(TypeRef ItemType, string ResultsProperty, string? TotalCountProperty, string MethodName);

/// <summary>The operations of one tag, emitted as one client class.</summary>
internal sealed record TagModel(string Name, string ClassName, string PropertyName, string? Description, EquatableArray<OperationModel> Operations);

namespace AtlasGen.Generator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>One OpenAPI operation, as one async method of a tag client.</summary>
internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    EquatableArray<ParameterModel> Parameters,
    BodyModel? Body,
    EquatableArray<ResponseModel> Responses,
    bool Deprecated,
    string? Sunset,
    PaginationModel? Pagination);

/// <summary>A path, query or header parameter.</summary>
/// <param name="DefaultValue">The spec's default as JSON text, or null.</param>
internal sealed record ParameterModel(
    string Name,
    string CSharpName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? DefaultValue,
    string? Description,
    Constraints Constraints);

/// <summary>The request body.</summary>
internal sealed record BodyModel(TypeRef Type, string MediaType, bool IsRequired, string? Description);

/// <summary>One success response version: its media type and its body type (null for no body).</summary>
internal sealed record ResponseModel(string MediaType, TypeRef? Type, bool Deprecated, string? Sunset);

/// <summary>Set when a list operation pages with pageNum/itemsPerPage and answers {results, totalCount}.</summary>
internal sealed record PaginationModel(TypeRef ItemType, string ResultsProperty, string? TotalCountProperty);

/// <summary>The operations of one tag, emitted as one client class.</summary>
internal sealed record TagModel(string Name, string ClassName, string PropertyName, string? Description, EquatableArray<OperationModel> Operations);

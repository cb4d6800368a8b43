namespace AtlasGen.Runtime;

/// <summary>The Atlas error body (<c>ApiError</c>): <c>{detail, error, errorCode, parameters, reason}</c>.</summary>
/// <param name="Error">The HTTP status the server reported in the body.</param>
/// <param name="ErrorCode">The Atlas error code, e.g. <c>RESOURCE_NOT_FOUND</c>.</param>
/// <param name="Detail">The human-readable detail.</param>
/// <param name="Reason">The HTTP reason phrase.</param>
/// <param name="Parameters">The error's parameters, each as its JSON text (strings unquoted).</param>
public sealed record AtlasApiError(int? Error, string? ErrorCode, string? Detail, string? Reason, IReadOnlyList<string> Parameters);

using System.Net;

namespace AtlasGen.Runtime;

/// <summary>
/// 410 <c>VERSION_GONE</c>: Atlas removed the resource version this method asks for (its <c>Sunset</c> date passed).
/// The message names the method to call instead, or, for a method that already asks for the newest version the spec
/// knows, says to update the spec (or the AtlasGen package).
/// </summary>
public sealed class AtlasVersionGoneException : AtlasApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operationId">The operation called.</param>
    /// <param name="requestedVersion">The media type sent as Accept, e.g. <c>application/vnd.atlas.2023-01-01+json</c>.</param>
    /// <param name="newerMethod">The generated method for a newer version of the operation; null when there is none in the spec.</param>
    /// <param name="error">The parsed error body.</param>
    /// <param name="rawBody">The body as received.</param>
    /// <param name="response">The response's status and headers.</param>
    public AtlasVersionGoneException(string operationId, string requestedVersion, string? newerMethod, AtlasApiError? error, string rawBody, AtlasResponseInfo? response)
        : base(BuildGoneMessage(operationId, requestedVersion, newerMethod, error), HttpStatusCode.Gone, operationId, error, rawBody, response, innerException: null)
    {
        RequestedVersion = requestedVersion;
        NewerMethod = newerMethod;
    }

    /// <summary>The media type that is gone.</summary>
    public string RequestedVersion { get; }

    /// <summary>The generated method to call instead, e.g. <c>ListGroupUsersAsync</c>; null when the spec has no newer version.</summary>
    public string? NewerMethod { get; }

    /// <summary>The Atlas error code for this case.</summary>
    public const string VersionGoneErrorCode = "VERSION_GONE";

    private static string BuildGoneMessage(string operationId, string requestedVersion, string? newerMethod, AtlasApiError? error)
    {
        var advice = newerMethod is not null
            ? $"Call {newerMethod} instead, which asks for a newer version."
            : "This is the newest version in the spec the client was generated from: update the AtlasGen package or the spec, and rebuild.";
        var detail = error?.Detail is { Length: > 0 } d ? " (" + d + ")" : "";
        return $"Atlas no longer serves {requestedVersion} of {operationId}: 410 {VersionGoneErrorCode}{detail}. {advice}";
    }
}

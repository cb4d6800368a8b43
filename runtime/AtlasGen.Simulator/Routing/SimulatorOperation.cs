using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Routing;

/// <summary>Handles one operation once routing, authentication, media type and parameters have been checked.</summary>
internal delegate Task OperationHandler(OperationContext context);

/// <summary>What a response body is, for <c>envelope=true</c>: a page gets a status member, anything else is wrapped.</summary>
internal enum ResponseShape
{
    Resource,
    Page,
    None,
}

/// <summary>One spec operation: its generated route (method, path, versions, parameters, roles) and its hand-written handler.</summary>
/// <param name="Route">The generated route.</param>
/// <param name="Shape">What the body is, for envelope=true.</param>
/// <param name="Handler">The hand-written handler.</param>
/// <param name="AtlasStatus">The success status Atlas answers where it differs from the spec's (201 for a created project); null to follow the spec.</param>
internal sealed record SimulatorOperation(OperationRoute Route, ResponseShape Shape, OperationHandler Handler, int? AtlasStatus = null)
{
    public string OperationId => Route.OperationId;

    public string Method => Route.Method;

    public string PathTemplate => Route.PathTemplate;

    public IReadOnlyList<string> MediaTypes { get; } = Route.Versions.Select(v => v.MediaType).ToArray();

    /// <summary>The response version of a negotiated media type.</summary>
    public ResponseVersion VersionOf(string mediaType)
        => Route.Versions.First(v => string.Equals(v.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));
}

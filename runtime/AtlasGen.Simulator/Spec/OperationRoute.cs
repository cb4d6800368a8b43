namespace AtlasGen.Simulator.Spec;

/// <summary>One operation of the spec, as the simulator serves it. The generator emits these (AtlasGenSimulatorBindings=true).</summary>
/// <param name="OperationId">The operationId.</param>
/// <param name="Method">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="PathTemplate">The path template, e.g. /api/atlas/v2/groups/{groupId}.</param>
/// <param name="Versions">The success response versions, newest first.</param>
/// <param name="RequestMediaTypes">The request body media types, newest first; empty without a body.</param>
/// <param name="RequestBodyRequired">Whether a body is required.</param>
/// <param name="BodyProperties">The properties a request body (or each element of an array body) may carry, in any version or variant.</param>
/// <param name="Parameters">The path and query parameters.</param>
/// <param name="RequiredRoles">The roles the spec names (any one suffices), e.g. Project Owner; empty when it names none.</param>
/// <param name="RequiresAccessList">Whether the spec requires the caller's API access list to hold the request's address.</param>
/// <param name="SuccessStatus">The success status the spec declares.</param>
public sealed record OperationRoute(
    string OperationId,
    string Method,
    string PathTemplate,
    IReadOnlyList<ResponseVersion> Versions,
    IReadOnlyList<string> RequestMediaTypes,
    bool RequestBodyRequired,
    IReadOnlyList<BodyProperty> BodyProperties,
    IReadOnlyList<RouteParameter> Parameters,
    IReadOnlyList<string> RequiredRoles,
    bool RequiresAccessList,
    int SuccessStatus);

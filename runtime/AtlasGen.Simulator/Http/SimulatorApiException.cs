namespace AtlasGen.Simulator.Http;

/// <summary>Ends a request with an Atlas ApiError body; thrown by validation and handlers, written by the middleware.</summary>
internal sealed class SimulatorApiException(int status, string errorCode, string detail, params string[] parameters) : Exception(detail)
{
    public int Status { get; } = status;

    public string ErrorCode { get; } = errorCode;

    public IReadOnlyList<string> Parameters { get; } = parameters;

    /// <summary>A missing resource, with the code specific to its kind (RESOURCE_NOT_FOUND only as Atlas's fallback).</summary>
    public static SimulatorApiException NotFound(string errorCode, string detail, params string[] parameters)
        => new(404, errorCode, detail, parameters);

    /// <summary>As Atlas words it: <c>No group with ID … exists.</c></summary>
    public static SimulatorApiException GroupNotFound(string groupId)
        => NotFound(AtlasErrorCodes.GroupNotFound, $"No group with ID {groupId} exists.", groupId);

    public static SimulatorApiException ApiKeyNotFound(string apiUserId)
        => NotFound(AtlasErrorCodes.ApiKeyNotFound, $"No API key with ID {apiUserId} exists.", apiUserId);

    public static SimulatorApiException Conflict(string errorCode, string detail, params string[] parameters)
        => new(409, errorCode, detail, parameters);

    public static SimulatorApiException InvalidAttribute(string attribute)
        => new(400, AtlasErrorCodes.InvalidAttribute, $"Invalid attribute {attribute} specified.", attribute);

    public static SimulatorApiException InvalidEnumValue(string value, string attribute)
        => new(400, AtlasErrorCodes.InvalidEnumValue, $"An invalid enumeration value {value} was specified for {attribute}.", value, attribute);

    public static SimulatorApiException MissingAttribute(string attribute)
        => new(400, AtlasErrorCodes.MissingAttribute, $"The required attribute {attribute} was not specified.", attribute);
}

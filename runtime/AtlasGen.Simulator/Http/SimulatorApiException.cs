using System;
using System.Collections.Generic;

namespace AtlasGen.Simulator.Http;

/// <summary>Ends a request with an Atlas ApiError body; thrown by validation and handlers, written by the middleware.</summary>
internal sealed class SimulatorApiException : Exception
{
    public SimulatorApiException(int status, string errorCode, string detail, params string[] parameters)
        : base(detail)
    {
        Status = status;
        ErrorCode = errorCode;
        Parameters = parameters;
    }

    public int Status { get; }

    public string ErrorCode { get; }

    public IReadOnlyList<string> Parameters { get; }

    public static SimulatorApiException NotFound(string detail, params string[] parameters)
        => new(404, AtlasErrorCodes.ResourceNotFound, detail, parameters);

    public static SimulatorApiException Conflict(string errorCode, string detail, params string[] parameters)
        => new(409, errorCode, detail, parameters);

    public static SimulatorApiException InvalidAttribute(string attribute)
        => new(400, AtlasErrorCodes.InvalidAttribute, $"Invalid attribute {attribute} specified.", attribute);

    public static SimulatorApiException InvalidEnumValue(string value, string attribute)
        => new(400, AtlasErrorCodes.InvalidEnumValue, $"An invalid enumeration value {value} was specified for {attribute}.", value, attribute);

    public static SimulatorApiException MissingAttribute(string attribute)
        => new(400, AtlasErrorCodes.MissingAttribute, $"The required attribute {attribute} was not specified.", attribute);
}

using System.Collections.Generic;
using System.Threading.Tasks;
using AtlasGen.Simulator.Http;

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

/// <summary>One spec operation: its method, path template, versioned media types, security and handler.</summary>
internal sealed record SimulatorOperation(
    string OperationId,
    string Method,
    string PathTemplate,
    IReadOnlyList<string> MediaTypes,
    bool RequiresAuthentication,
    ResponseShape Shape,
    OperationHandler Handler)
{
    public const string V20230101 = "application/vnd.atlas.2023-01-01+json";
    public const string V20230201 = "application/vnd.atlas.2023-02-01+json";
}

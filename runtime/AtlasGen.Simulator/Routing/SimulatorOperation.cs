using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;

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
internal sealed record SimulatorOperation(AtlasClientServerRoutes.Route Route, ResponseShape Shape, OperationHandler Handler)
{
    public string OperationId => Route.OperationId;

    public string Method => Route.Method;

    public string PathTemplate => Route.PathTemplate;

    public IReadOnlyList<string> MediaTypes { get; } = Route.Versions.Select(v => v.MediaType).ToArray();

    /// <summary>The response version of a negotiated media type.</summary>
    public AtlasClientServerRoutes.Version VersionOf(string mediaType)
        => Route.Versions.First(v => string.Equals(v.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));
}

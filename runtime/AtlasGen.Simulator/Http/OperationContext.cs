using System.Text.Json.Serialization.Metadata;
using AtlasGen.Simulator.Routing;
using Microsoft.AspNetCore.Http;

namespace AtlasGen.Simulator.Http;

/// <summary>One request to one operation, after routing, authentication, media type and parameter checks.</summary>
internal sealed class OperationContext(
    HttpContext http, SimulatorOperation operation, IReadOnlyDictionary<string, string> route, QueryOptions query, string mediaType, string? caller, SimulatorState state)
{
    public HttpContext Http { get; } = http;

    public SimulatorOperation Operation { get; } = operation;

    public QueryOptions Query { get; } = query;

    public string MediaType { get; } = mediaType;

    /// <summary>The public key that authenticated the request; null for the operations that need no authentication.</summary>
    public string? Caller { get; } = caller;

    public SimulatorState State { get; } = state;

    /// <summary>A path parameter, decoded and already checked against its spec rule.</summary>
    public string Route(string name) => route[name];

    public bool QueryBool(string name, bool fallback) => QueryOptions.Bool(Http.Request.Query, name, fallback);

    public string? QueryString(string name) => Http.Request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    public Task<T> ReadBodyAsync<T>(JsonTypeInfo<T> typeInfo, bool required = true, RequestBodyReader.ShapeResolver? shapeOf = null)
        => RequestBodyReader.ReadAsync(Http.Request, Operation.Route, typeInfo, required, shapeOf, Http.RequestAborted);

    public Task OkAsync<T>(T value, JsonTypeInfo<T> typeInfo, System.Action<System.Text.Json.Nodes.JsonObject>? extend = null)
        => ResponseWriter.WriteAsync(Http, MediaType, Query, Operation.Shape, Operation.AtlasStatus ?? StatusCodes.Status200OK, value, typeInfo, extend);

    /// <summary>204, or Atlas's 202 with an empty object where it accepts rather than completes (a project deletion).</summary>
    public Task NoContentAsync()
    {
        if (Operation.AtlasStatus is { } accepted)
        {
            return ResponseWriter.WriteEmptyObjectAsync(Http, MediaType, accepted);
        }

        ResponseWriter.WriteNoContent(Http, MediaType);
        return Task.CompletedTask;
    }

    /// <summary>The <c>links</c> of a resource: a self link to <paramref name="path"/> on this server.</summary>
    public List<Link> SelfLink(string path)
        => new() { new Link { Href = $"{Http.Request.Scheme}://{Http.Request.Host}{path}", Rel = "self" } };

    /// <summary>
    /// The <c>links</c> of a page, as Atlas builds them: <c>self</c> with the paging parameters spelled out
    /// (<c>?includeCount=true&amp;pageNum=1&amp;itemsPerPage=100</c>), <c>previous</c> unless on the first page, and
    /// <c>next</c> while more items follow.
    /// </summary>
    public List<Link> PageLinks(int totalItems)
    {
        Link To(string rel, int pageNum) => new()
        {
            Href = $"{Http.Request.Scheme}://{Http.Request.Host}{Http.Request.Path}?includeCount={(Query.IncludeCount ? "true" : "false")}&pageNum={pageNum}&itemsPerPage={Query.ItemsPerPage}",
            Rel = rel,
        };

        var links = new List<Link>();
        if (Query.PageNum > 1)
        {
            links.Add(To("previous", Query.PageNum - 1));
        }

        links.Add(To("self", Query.PageNum));
        if ((long)Query.PageNum * Query.ItemsPerPage < totalItems)
        {
            links.Add(To("next", Query.PageNum + 1));
        }

        return links;
    }

    /// <summary>The server's JSON metadata: writes readOnly properties, requires required request properties.</summary>
    public static AtlasClientServerJsonContext Json => AtlasClientServerJsonContext.Default;
}

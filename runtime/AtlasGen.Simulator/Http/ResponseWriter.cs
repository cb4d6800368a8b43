using System.Buffers;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Simulator.Routing;
using Microsoft.AspNetCore.Http;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// Writes a success body with the generated server metadata, in the negotiated versioned media type. Honours
/// <c>pretty=true</c> (indented) and <c>envelope=true</c>: a page gains a <c>status</c> member (Atlas: "the results object is the
/// envelope"), any other body is wrapped as <c>{status, content}</c>.
/// </summary>
internal static class ResponseWriter
{

    /// <summary>Atlas's success responses say their charset: <c>application/vnd.atlas.2023-01-01+json;charset=utf-8</c>.</summary>
    private const string Charset = ";charset=utf-8";

    /// <summary>
    /// Writes <paramref name="value"/> with <paramref name="typeInfo"/>; <paramref name="extend"/> adds what Atlas
    /// sends beyond the generated metadata (a writeOnly flag it returns, a setting the spec lacks).
    /// </summary>
    public static async Task WriteAsync<T>(HttpContext context, string mediaType, QueryOptions query, ResponseShape shape, int status, T value, JsonTypeInfo<T> typeInfo, Action<JsonObject>? extend = null)
    {
        typeInfo = SimulatorJson.For(typeInfo);
        var node = JsonSerializer.SerializeToNode(value, typeInfo);
        if (node is JsonObject body)
        {
            extend?.Invoke(body);
        }

        await WriteNodeAsync(context, mediaType, query, shape, status, node).ConfigureAwait(false);
    }

    /// <summary>Writes a JSON document as it is (the engine's stored documents), with pretty and envelope applied.</summary>
    public static async Task WriteNodeAsync(HttpContext context, string mediaType, QueryOptions query, ResponseShape shape, int status, JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = query.Pretty }))
        {
            if (!query.Envelope)
            {
                WriteNode(writer, node);
            }
            else if (shape == ResponseShape.Page && node is JsonObject page)
            {
                page["status"] = status;
                page.WriteTo(writer);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteNumber("status", status);
                writer.WritePropertyName("content");
                WriteNode(writer, node);
                writer.WriteEndObject();
            }
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + Charset;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    public static async Task WriteEmptyObjectAsync(HttpContext context, string mediaType, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + Charset;
        context.Response.ContentLength = 2;
        await context.Response.Body.WriteAsync("{}"u8.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A body of a non-JSON media type (gzip, PEM, CSV), as it is.</summary>
    public static async Task WriteBytesAsync(HttpContext context, string mediaType, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A 204 still names its version, as Atlas's do.</summary>
    public static void WriteNoContent(HttpContext context, string mediaType)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        context.Response.ContentType = mediaType + Charset;
        context.Response.ContentLength = 0;
    }
}

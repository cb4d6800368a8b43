using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
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

    public static async Task WriteAsync<T>(HttpContext context, string mediaType, QueryOptions query, ResponseShape shape, int status, T value, JsonTypeInfo<T> typeInfo)
    {
        typeInfo = SimulatorJson.For(typeInfo);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = query.Pretty }))
        {
            if (!query.Envelope)
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
            }
            else if (shape == ResponseShape.Page && JsonSerializer.SerializeToNode(value, typeInfo) is System.Text.Json.Nodes.JsonObject page)
            {
                page["status"] = status;
                page.WriteTo(writer);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteNumber("status", status);
                writer.WritePropertyName("content");
                JsonSerializer.Serialize(writer, value, typeInfo);
                writer.WriteEndObject();
            }
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + Charset;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A 204 still names its version, as Atlas's do.</summary>
    public static void WriteNoContent(HttpContext context, string mediaType)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        context.Response.ContentType = mediaType + Charset;
        context.Response.ContentLength = 0;
    }
}

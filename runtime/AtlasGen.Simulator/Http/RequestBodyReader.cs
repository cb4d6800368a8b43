using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using Microsoft.AspNetCore.Http;

using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// Reads a JSON request body with the generated server metadata, and turns its failures into Atlas 400s:
/// malformed JSON is INVALID_JSON, a missing required property MISSING_ATTRIBUTE, a value of the wrong type INVALID_ATTRIBUTE.
/// </summary>
internal static class RequestBodyReader
{
    private const int MaxBodyBytes = 1 << 20;

    /// <summary>Finds the metadata of the object a JSON value will become, for bodies whose converter hides it (oneOf unions).</summary>
    public delegate JsonTypeInfo? ShapeResolver(JsonElement element);

    public static async Task<T> ReadAsync<T>(HttpRequest request, OperationRoute route, JsonTypeInfo<T> typeInfo, bool required, ShapeResolver? shapeOf, CancellationToken cancellationToken)
    {
        typeInfo = SimulatorJson.For(typeInfo);
        var body = await ReadCheckedAsync(request, route, required, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw new SimulatorApiException(400, AtlasErrorCodes.InvalidJson, "The request body is the JSON literal null.");
        }
        catch (JsonException ex)
        {
            throw Explain(body, typeInfo, shapeOf, ex);
        }
    }

    /// <summary>
    /// Reads a body the engine stores as JSON: checked like a typed one (the spec's property rules, then the generated
    /// metadata <paramref name="typeInfo"/> when the operation has one), and returned as a node. Null when absent and optional.
    /// </summary>
    public static async Task<JsonNode?> ReadNodeAsync(HttpRequest request, OperationRoute route, JsonTypeInfo? typeInfo, bool required, CancellationToken cancellationToken)
    {
        if (!required && (request.ContentLength is null or 0) && !request.Headers.TransferEncoding.Any())
        {
            return null;
        }

        var body = await ReadCheckedAsync(request, route, required, cancellationToken).ConfigureAwait(false);
        if (typeInfo is not null)
        {
            try
            {
                _ = JsonSerializer.Deserialize(body, typeInfo);
            }
            catch (JsonException ex)
            {
                throw Explain(body, typeInfo, null, ex);
            }
        }

        return JsonNode.Parse(body);
    }

    /// <summary>The body's bytes ("{}" when absent and optional), after the spec's property rules: Atlas names an unknown or readOnly attribute rather than ignoring it.</summary>
    private static async Task<byte[]> ReadCheckedAsync(HttpRequest request, OperationRoute route, bool required, CancellationToken cancellationToken)
    {
        var body = await ReadBytesAsync(request, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            if (required)
            {
                throw new SimulatorApiException(400, AtlasErrorCodes.InvalidJson, "The request body is missing; this operation requires one.");
            }

            body = "{}"u8.ToArray();
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            AtlasGen.Simulator.Validation.BodyRules.Check(route, document.RootElement);
        }
        catch (JsonException)
        {
            throw new SimulatorApiException(400, AtlasErrorCodes.InvalidJson, "Received JSON is malformed.");
        }

        return body;
    }

    private static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new SimulatorApiException(413, AtlasErrorCodes.InvalidAttribute, "The request body is larger than 1 MiB.", "body");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.Length > MaxBodyBytes
            ? throw new SimulatorApiException(413, AtlasErrorCodes.InvalidAttribute, "The request body is larger than 1 MiB.", "body")
            : buffer.ToArray();
    }

    private static SimulatorApiException Explain(byte[] body, JsonTypeInfo typeInfo, ShapeResolver? shapeOf, JsonException ex)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return new SimulatorApiException(400, AtlasErrorCodes.InvalidJson, "Received JSON is malformed.");
        }

        using (document)
        {
            if (FindMissing(document.RootElement, typeInfo, shapeOf) is { } missing)
            {
                return SimulatorApiException.MissingAttribute(missing);
            }
        }

        return SimulatorApiException.InvalidAttribute(AttributeOf(ex.Path));
    }

    /// <summary>The first required property the JSON lacks, per the generated metadata's IsRequired (objects, and objects in arrays).</summary>
    private static string? FindMissing(JsonElement element, JsonTypeInfo typeInfo, ShapeResolver? shapeOf)
    {
        if (element.ValueKind == JsonValueKind.Array && typeInfo.ElementType is { } elementType)
        {
            var elementInfo = typeInfo.Options.GetTypeInfo(elementType);
            foreach (var item in element.EnumerateArray())
            {
                if (FindMissing(item, elementInfo, shapeOf) is { } missing)
                {
                    return missing;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var shape = typeInfo.Kind == JsonTypeInfoKind.Object && typeInfo.Properties.Count > 0 ? typeInfo : shapeOf?.Invoke(element);
        if (shape is null || shape.Kind != JsonTypeInfoKind.Object)
        {
            return null;
        }

        return shape.Properties
            .Where(p => p.IsRequired && !element.TryGetProperty(p.Name, out _))
            .Select(p => p.Name)
            .FirstOrDefault();
    }

    /// <summary>"$[0].roles[1]" names the attribute "roles".</summary>
    private static string AttributeOf(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "body";
        }

        var name = path;
        while (name.EndsWith(']') && name.LastIndexOf('[') > 0)
        {
            name = name[..name.LastIndexOf('[')];
        }

        var dot = name.LastIndexOf('.');
        name = dot >= 0 ? name[(dot + 1)..] : name.TrimStart('$');
        return name.Length == 0 ? "body" : name;
    }
}

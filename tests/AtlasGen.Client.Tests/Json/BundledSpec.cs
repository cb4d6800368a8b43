using AtlasGen.TestData;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace AtlasGen.Client.Tests.Json;

/// <summary>One JSON body the bundled spec documents: an operation's 2xx response or request body, in one media-type version.</summary>
internal sealed record SpecBody(string OperationId, string MediaType, SampleDirection Direction, OpenApiSchema Schema);

/// <summary>The bundled spec this project's client is generated from, read with the OpenAPI reader rather than through the generator.</summary>
internal static class BundledSpec
{
    private static readonly Lazy<OpenApiDocument> s_document = new(() => new OpenApiStringReader().Read(File.ReadAllText(ExternalData.BundledSpec), out _));

    public static OpenApiDocument Document => s_document.Value;

    /// <summary>Every JSON body with a schema, responses then requests, in spec order.</summary>
    public static IEnumerable<SpecBody> Bodies()
    {
        foreach (var operation in Document.Paths.Values.SelectMany(p => p.Operations.Values))
        {
            var responses = operation.Responses.Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value.Content);
            foreach (var (mediaType, content) in responses.Where(c => IsJson(c.Key) && c.Value.Schema is not null))
            {
                yield return new SpecBody(operation.OperationId, mediaType, SampleDirection.Response, content.Schema);
            }

            foreach (var (mediaType, content) in (operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>()).Where(c => IsJson(c.Key) && c.Value.Schema is not null))
            {
                yield return new SpecBody(operation.OperationId, mediaType, SampleDirection.Request, content.Schema);
            }
        }
    }

    private static bool IsJson(string mediaType) => mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase) || mediaType == "application/json";
}

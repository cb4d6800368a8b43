using System.Text.Json.Serialization.Metadata;

namespace AtlasGen.Simulator.Spec;

/// <summary>One success response version, with the JSON metadata the engine reads and writes it with.</summary>
/// <param name="MediaType">e.g. application/vnd.atlas.2023-01-01+json.</param>
/// <param name="Deprecated">Whether this version (or the operation) is deprecated.</param>
/// <param name="Sunset">The x-sunset date (yyyy-MM-dd), or null.</param>
/// <param name="HasBody">Whether this version has a JSON body.</param>
public sealed record ResponseVersion(string MediaType, bool Deprecated, string? Sunset, bool HasBody)
{
    /// <summary>What the success body is: none, JSON, text (CSV, PEM...) or binary (gzip...).</summary>
    public ResponseBodyKind BodyKind { get; init; } = HasBody ? ResponseBodyKind.Json : ResponseBodyKind.None;

    /// <summary>The server-direction metadata of the request body sent with this version; null without a JSON body.</summary>
    public Func<JsonTypeInfo?>? RequestType { get; init; }

    /// <summary>The server-direction metadata of the response body; null without a JSON body.</summary>
    public Func<JsonTypeInfo?>? ResponseType { get; init; }

    /// <summary>The response body's schema (an object, or each element of an array): an index into <see cref="SimulatorSpec.Schemas"/>, or -1.</summary>
    public int ResponseSchema { get; init; } = -1;

    /// <summary>The request body's schema (an object, or each element of an array body): an index into <see cref="SimulatorSpec.Schemas"/>, or -1.</summary>
    public int RequestSchema { get; init; } = -1;

    /// <summary>What the JSON body is: an object (with <see cref="ResponseSchema"/>), an array, or a scalar (a boolean, a number...).</summary>
    public SchemaKind ResponseKind { get; init; } = SchemaKind.Object;

    /// <summary>Whether the response body is a JSON array (of <see cref="ResponseSchema"/> objects).</summary>
    public bool ResponseIsArray { get; init; }

    /// <summary>Whether the request body is a JSON array (the IP access list posts one).</summary>
    public bool RequestIsArray { get; init; }
}

/// <summary>What a success response carries.</summary>
public enum ResponseBodyKind
{
    /// <summary>No body (204).</summary>
    None,

    /// <summary>A JSON document.</summary>
    Json,

    /// <summary>Text of the media type: CSV, PEM, XML, plain text.</summary>
    Text,

    /// <summary>Bytes of the media type: a gzip stream, a binary file.</summary>
    Binary,
}

using System.Net.Http;

namespace AtlasGen.Runtime;

/// <summary>Keys under which <see cref="AtlasConnection"/> tags each <see cref="HttpRequestMessage"/>, for handlers and logs.</summary>
public static class AtlasRequestOptions
{
    /// <summary>The spec's operationId.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationId = new("AtlasGen.OperationId");

    /// <summary>The path template, which carries no IDs.</summary>
    public static readonly HttpRequestOptionsKey<string> PathTemplate = new("AtlasGen.PathTemplate");
}

namespace AtlasGen.Runtime;

/// <summary>One call that generated code hands to <see cref="AtlasConnection"/>.</summary>
/// <param name="method">The HTTP method.</param>
/// <param name="operationId">The spec's operationId, for errors and logs.</param>
/// <param name="pathTemplate">The path template, for logs (never the expanded path with IDs).</param>
/// <param name="relativeUri">The expanded, escaped path and query.</param>
/// <param name="accept">The versioned media type to ask for.</param>
public sealed class AtlasRequest(HttpMethod method, string operationId, string pathTemplate, string relativeUri, string accept)
{
    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; } = method;

    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; } = operationId;

    /// <summary>The path template.</summary>
    public string PathTemplate { get; } = pathTemplate;

    /// <summary>The expanded, escaped path and query.</summary>
    public string RelativeUri { get; } = relativeUri;

    /// <summary>The media type sent as Accept.</summary>
    public string Accept { get; } = accept;

    /// <summary>The request body, if any.</summary>
    public HttpContent? Content { get; set; }

    /// <summary>Header parameters of the operation.</summary>
    public IList<KeyValuePair<string, string>> Headers => _headers ??= new List<KeyValuePair<string, string>>();

    // Made on the first header: few operations have header parameters.
    private List<KeyValuePair<string, string>>? _headers;

    /// <summary>The header parameters, or null when there are none (read without allocating a list or an enumerator).</summary>
    internal List<KeyValuePair<string, string>>? HeadersOrNull => _headers;

    /// <summary>Adds a header parameter; a null value is skipped.</summary>
    public void AddHeader(string name, string? value)
    {
        if (value is not null)
        {
            Headers.Add(new KeyValuePair<string, string>(name, value));
        }
    }

    /// <summary>True when the caller asked for <c>envelope=true</c>: the response is then unwrapped from <c>{status, content}</c>.</summary>
    public bool Envelope { get; set; }

    /// <summary>
    /// For a method that asks for an older media-type version, the generated method that asks for the newest one;
    /// named by <see cref="AtlasVersionGoneException"/> when Atlas answers 410 <c>VERSION_GONE</c>.
    /// </summary>
    public string? NewerVersionMethod { get; set; }
}

namespace AtlasGen.Runtime;

/// <summary>Identifies the OpenAPI operation that a generated method calls. The analyzers read it.</summary>
/// <param name="operationId">The spec's operationId.</param>
/// <param name="method">The HTTP method, upper case.</param>
/// <param name="pathTemplate">The path template, e.g. <c>/api/atlas/v2/groups/{groupId}</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AtlasOperationAttribute(string operationId, string method, string pathTemplate) : Attribute
{
    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; } = operationId;

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; } = method;

    /// <summary>The path template.</summary>
    public string PathTemplate { get; } = pathTemplate;

    /// <summary>The versioned media type this method asks for.</summary>
    public string? MediaType { get; set; }

    /// <summary>True when the spec marks the operation (or the chosen media type) deprecated.</summary>
    public bool Deprecated { get; set; }

    /// <summary>The <c>x-sunset</c> date (yyyy-MM-dd) the spec gives, if any.</summary>
    public string? Sunset { get; set; }
}

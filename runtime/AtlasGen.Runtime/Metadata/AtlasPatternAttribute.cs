namespace AtlasGen.Runtime;

/// <summary>The regular expression a string parameter or property must match (OpenAPI <c>pattern</c>).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class AtlasPatternAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public AtlasPatternAttribute(string pattern) => Pattern = pattern;

    /// <summary>The ECMA-style pattern from the spec.</summary>
    public string Pattern { get; }
}

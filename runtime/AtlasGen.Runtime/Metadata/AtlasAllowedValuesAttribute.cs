namespace AtlasGen.Runtime;

/// <summary>
/// The values the spec lists for an enum. On an extensible enum struct it lists its known values;
/// on a parameter or property it restricts a plain string or number.
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class AtlasAllowedValuesAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public AtlasAllowedValuesAttribute(params string[] values) => Values = values;

    /// <summary>The allowed values, as the spec spells them.</summary>
    public string[] Values { get; }
}

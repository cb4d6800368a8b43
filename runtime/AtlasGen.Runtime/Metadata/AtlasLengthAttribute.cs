namespace AtlasGen.Runtime;

/// <summary>String length bounds from the spec (<c>minLength</c>, <c>maxLength</c>). An unset bound is -1.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class AtlasLengthAttribute : Attribute
{
    /// <summary>The minimum length, or -1.</summary>
    public int MinLength { get; set; } = -1;

    /// <summary>The maximum length, or -1.</summary>
    public int MaxLength { get; set; } = -1;
}

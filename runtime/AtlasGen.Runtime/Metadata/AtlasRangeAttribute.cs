namespace AtlasGen.Runtime;

/// <summary>Numeric bounds from the spec (<c>minimum</c>, <c>maximum</c>). An unset bound is absent from the attribute's named arguments.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class AtlasRangeAttribute : Attribute
{
    /// <summary>The inclusive lower bound, unless <see cref="ExclusiveMinimum"/>.</summary>
    public double Minimum { get; set; } = double.NaN;

    /// <summary>The inclusive upper bound, unless <see cref="ExclusiveMaximum"/>.</summary>
    public double Maximum { get; set; } = double.NaN;

    /// <summary>True when the value must be strictly greater than <see cref="Minimum"/>.</summary>
    public bool ExclusiveMinimum { get; set; }

    /// <summary>True when the value must be strictly less than <see cref="Maximum"/>.</summary>
    public bool ExclusiveMaximum { get; set; }
}

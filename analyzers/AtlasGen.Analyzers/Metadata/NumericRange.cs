using System.Globalization;

namespace AtlasGen.Analyzers.Metadata;

/// <summary>The bounds of an [AtlasRange]. An unset bound is NaN.</summary>
internal readonly struct NumericRange(double minimum, double maximum, bool exclusiveMinimum, bool exclusiveMaximum)
{
    public double Minimum { get; } = minimum;
    public double Maximum { get; } = maximum;
    public bool ExclusiveMinimum { get; } = exclusiveMinimum;
    public bool ExclusiveMaximum { get; } = exclusiveMaximum;

    public bool IsUnbounded => double.IsNaN(Minimum) && double.IsNaN(Maximum);

    public bool Contains(double value)
    {
        if (!double.IsNaN(Minimum) && (ExclusiveMinimum ? value <= Minimum : value < Minimum))
        {
            return false;
        }

        return double.IsNaN(Maximum) || (ExclusiveMaximum ? value < Maximum : value <= Maximum);
    }

    /// <summary>Reads as the end of "outside the allowed range: …", e.g. "1 to 500" or "at least 1".</summary>
    public override string ToString()
    {
        var hasMin = !double.IsNaN(Minimum);
        var hasMax = !double.IsNaN(Maximum);
        var lower = ExclusiveMinimum ? "greater than " + Format(Minimum) : "at least " + Format(Minimum);
        var upper = ExclusiveMaximum ? "less than " + Format(Maximum) : "at most " + Format(Maximum);
        if (hasMin && hasMax)
        {
            return !ExclusiveMinimum && !ExclusiveMaximum ? Format(Minimum) + " to " + Format(Maximum) : lower + " and " + upper;
        }

        return hasMin ? lower : upper;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace AtlasGen.Analyzers.Metadata;

/// <summary>The bounds of an [AtlasLength]. An unset bound is -1, as in the attribute.</summary>
internal readonly struct LengthRange(int minLength, int maxLength)
{
    public int MinLength { get; } = minLength;
    public int MaxLength { get; } = maxLength;

    public bool IsUnbounded => MinLength < 0 && MaxLength < 0;

    public bool Contains(int length) =>
        (MinLength < 0 || length >= MinLength) && (MaxLength < 0 || length <= MaxLength);

    /// <summary>Reads as the end of "requires a length of …", e.g. "1 to 250" or "exactly 24".</summary>
    public override string ToString()
    {
        if (MinLength >= 0 && MaxLength >= 0)
        {
            return MinLength == MaxLength ? "exactly " + Format(MinLength) : Format(MinLength) + " to " + Format(MaxLength);
        }

        return MinLength >= 0 ? "at least " + Format(MinLength) : "at most " + Format(MaxLength);
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}

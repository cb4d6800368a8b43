using System.Collections.Generic;

namespace AtlasGen.Analyzers.Metadata;

/// <summary>The constraint attributes found on one parameter, property, field or enum struct.</summary>
internal sealed class MemberConstraints
{
    public static readonly MemberConstraints None = new(null, ImmutableArray<string>.Empty, null, null);

    private MemberConstraints(string? pattern, ImmutableArray<string> allowedValues, NumericRange? range, LengthRange? length)
    {
        Pattern = pattern;
        AllowedValues = allowedValues;
        AllowedValueSet = new HashSet<string>(allowedValues, StringComparer.Ordinal);
        Range = range;
        Length = length;
    }

    public string? Pattern { get; }

    /// <summary>The spec's values in declaration order; empty when the member is not restricted.</summary>
    public ImmutableArray<string> AllowedValues { get; }

    /// <summary>Atlas compares enum values case-sensitively, so lookups are ordinal.</summary>
    public HashSet<string> AllowedValueSet { get; }

    public NumericRange? Range { get; }
    public LengthRange? Length { get; }

    public bool IsEmpty => Pattern is null && AllowedValues.IsEmpty && Range is null && Length is null;

    public static MemberConstraints Read(ImmutableArray<AttributeData> attributes, AtlasSymbols symbols)
    {
        string? pattern = null;
        var allowed = ImmutableArray<string>.Empty;
        NumericRange? range = null;
        LengthRange? length = null;
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, symbols.Pattern))
            {
                pattern = AttributeArguments.FirstString(attribute);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.AllowedValues))
            {
                allowed = AttributeArguments.StringArray(attribute);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.Range))
            {
                range = ReadRange(attribute);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.Length))
            {
                length = ReadLength(attribute);
            }
        }

        return pattern is null && allowed.IsEmpty && range is null && length is null
            ? None
            : new MemberConstraints(pattern, allowed, range, length);
    }

    private static NumericRange? ReadRange(AttributeData attribute)
    {
        var range = new NumericRange(
            AttributeArguments.NamedDouble(attribute, "Minimum"),
            AttributeArguments.NamedDouble(attribute, "Maximum"),
            AttributeArguments.NamedBool(attribute, "ExclusiveMinimum"),
            AttributeArguments.NamedBool(attribute, "ExclusiveMaximum"));
        return range.IsUnbounded ? null : range;
    }

    private static LengthRange? ReadLength(AttributeData attribute)
    {
        var length = new LengthRange(
            AttributeArguments.NamedInt(attribute, "MinLength"),
            AttributeArguments.NamedInt(attribute, "MaxLength"));
        return length.IsUnbounded ? null : length;
    }
}

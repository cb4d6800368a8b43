namespace AtlasGen.Generator.Model;

/// <summary>The validation keywords of a schema that become attributes and run-time checks.</summary>
/// <param name="AllowedNumbers">The values of an integer or number enum (string enums become enum structs instead).</param>
/// <param name="Format">A string's format that no C# type carries (email, uuid, date, uri), or a list of strings' items' format, which validators check; null otherwise.</param>
internal sealed record Constraints(string? Pattern, int? MinLength, int? MaxLength, double? Minimum, double? Maximum, bool ExclusiveMinimum, bool ExclusiveMaximum, EquatableArray<string> AllowedNumbers, string? Format = null)
{
    public static readonly Constraints None = new(null, null, null, null, null, false, false, EquatableArray<string>.Empty);

    public bool HasLength => MinLength is not null || MaxLength is not null;

    public bool HasRange => Minimum is not null || Maximum is not null;

    public bool IsEmpty => Pattern is null && !HasLength && !HasRange && AllowedNumbers.Count == 0;
}

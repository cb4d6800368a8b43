namespace AtlasGen.Simulator.Spec;

/// <summary>The facts the engine needs about one object schema: its properties, which the server sets, and their kinds; or, for a oneOf, its variants.</summary>
/// <param name="Name">The generated type's name.</param>
/// <param name="Properties">Its properties, with those of its bases (none for a oneOf).</param>
public sealed record SchemaObject(string Name, IReadOnlyList<SchemaProperty> Properties)
{
    /// <summary>For a oneOf, its variants' indexes in <see cref="SimulatorSpec.Schemas"/>; empty for an object.</summary>
    public IReadOnlyList<int> Variants { get; init; } = System.Array.Empty<int>();

    /// <summary>For a oneOf, the property whose value names the variant, when the spec gives or implies one.</summary>
    public string? DiscriminatorProperty { get; init; }

    /// <summary>
    /// For a oneOf with a discriminator, per variant (in <see cref="Variants"/>' order) the value that selects it alone:
    /// one no other variant allows, else its most specific, else null.
    /// </summary>
    public IReadOnlyList<string?> VariantValues { get; init; } = System.Array.Empty<string?>();

    /// <summary>The value that selects the variant at <paramref name="index"/>, or null.</summary>
    public string? VariantValue(int index) => index < VariantValues.Count ? VariantValues[index] : null;
}

/// <summary>One property of an object schema.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Kind">What its value is.</param>
/// <param name="ReadOnly">Whether the server sets it (id, created, stateName, links...).</param>
/// <param name="Required">Whether the schema requires it.</param>
/// <param name="Value">For an enum, its default or else its first value; for another scalar, the spec's default as text; else null.</param>
/// <param name="Schema">For an object or a oneOf, or an array of them, its index in <see cref="SimulatorSpec.Schemas"/>; else -1.</param>
/// <param name="ElementKind">For an array or a map, what its elements are.</param>
public sealed record SchemaProperty(string Name, SchemaKind Kind, bool ReadOnly, bool Required, string? Value, int Schema, SchemaKind ElementKind)
{
    /// <summary>Whether it names the object's variant (a polymorphic base's discriminator); <see cref="Value"/> is then this object's value.</summary>
    public bool Discriminator { get; init; }

    /// <summary>The pattern a string value matches, or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>The minimum length of a string value, or null.</summary>
    public int? MinLength { get; init; }

    /// <summary>The maximum length of a string value, or null.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A string's format that validators check (email, uuid, date, uri), or for an array of strings its items'; or null.</summary>
    public string? Format { get; init; }

    /// <summary>The lowest value of a number, or null.</summary>
    public double? Minimum { get; init; }

    /// <summary>The highest value of a number, or null.</summary>
    public double? Maximum { get; init; }
}

/// <summary>The kind of a JSON value, as the engine fills it.</summary>
public enum SchemaKind
{
    /// <summary>Any JSON (no schema, or a union).</summary>
    Any,

    /// <summary>A string.</summary>
    String,

    /// <summary>A date-time string (ISO 8601, UTC).</summary>
    DateTime,

    /// <summary>A string of an enum's values.</summary>
    Enum,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>An object of a known schema.</summary>
    Object,

    /// <summary>An array.</summary>
    Array,

    /// <summary>A map of string keys.</summary>
    Map,
}

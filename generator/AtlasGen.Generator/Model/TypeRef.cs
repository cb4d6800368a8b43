namespace AtlasGen.Generator.Model;

/// <summary>What kind of C# type a <see cref="TypeRef"/> stands for.</summary>
internal enum TypeRefKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Float,
    DateTimeOffset,
    /// <summary>Free-form JSON (no schema, or a shape C# can't express): kept as a JsonElement.</summary>
    Json,
    /// <summary>A type the generator emits (object, enum or union), by its C# name.</summary>
    Named,
    List,
    Map,
}

/// <summary>A reference from a property, parameter or body to a type.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The generated type's C# name, for <see cref="TypeRefKind.Named"/>.</param>
/// <param name="Element">The element (list) or value (map) type.</param>
/// <param name="IsValueType">True for C# value types (numbers, bool, dates, enum structs, JsonElement).</param>
internal sealed record TypeRef(TypeRefKind Kind, string Name, TypeRef? Element, bool IsValueType)
{
    public static readonly TypeRef String = new(TypeRefKind.String, "", null, false);
    public static readonly TypeRef Boolean = new(TypeRefKind.Boolean, "", null, true);
    public static readonly TypeRef Int32 = new(TypeRefKind.Int32, "", null, true);
    public static readonly TypeRef Int64 = new(TypeRefKind.Int64, "", null, true);
    public static readonly TypeRef Double = new(TypeRefKind.Double, "", null, true);
    public static readonly TypeRef Float = new(TypeRefKind.Float, "", null, true);
    public static readonly TypeRef DateTimeOffset = new(TypeRefKind.DateTimeOffset, "", null, true);
    public static readonly TypeRef Json = new(TypeRefKind.Json, "", null, true);

    public static TypeRef Named(string name, bool isValueType) => new(TypeRefKind.Named, name, null, isValueType);

    public static TypeRef ListOf(TypeRef element) => new(TypeRefKind.List, "", element, false);

    public static TypeRef MapOf(TypeRef value) => new(TypeRefKind.Map, "", value, false);

    public bool IsNumber => Kind is TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Float;
}

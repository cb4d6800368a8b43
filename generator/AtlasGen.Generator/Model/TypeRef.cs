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
    /// <summary>A type the generator emits, by its C# name; <see cref="TypeRef.Named"/> says which kind.</summary>
    Named,
    List,
    Map,
}

/// <summary>Which kind of generated type a <see cref="TypeRefKind.Named"/> reference stands for, decided once by the parser.</summary>
internal enum NamedKind
{
    /// <summary>Not a generated type.</summary>
    None,
    /// <summary>A class (<see cref="ObjectModel"/>).</summary>
    Object,
    /// <summary>An extensible enum struct (<see cref="EnumModel"/>).</summary>
    Enum,
    /// <summary>A oneOf wrapper class (<see cref="UnionModel"/>).</summary>
    Union,
}

/// <summary>A reference from a property, parameter or body to a type.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The generated type's C# name, for <see cref="TypeRefKind.Named"/>.</param>
/// <param name="Element">The element (list) or value (map) type.</param>
/// <param name="IsValueType">True for C# value types (numbers, bool, dates, enum structs, JsonElement).</param>
/// <param name="Named">For <see cref="TypeRefKind.Named"/>: whether the type is an object, an enum or a union.</param>
internal sealed record TypeRef(TypeRefKind Kind, string Name, TypeRef? Element, bool IsValueType, NamedKind Named = NamedKind.None)
{
    public static readonly TypeRef String = new(TypeRefKind.String, "", null, false);
    public static readonly TypeRef Boolean = new(TypeRefKind.Boolean, "", null, true);
    public static readonly TypeRef Int32 = new(TypeRefKind.Int32, "", null, true);
    public static readonly TypeRef Int64 = new(TypeRefKind.Int64, "", null, true);
    public static readonly TypeRef Double = new(TypeRefKind.Double, "", null, true);
    public static readonly TypeRef Float = new(TypeRefKind.Float, "", null, true);
    public static readonly TypeRef DateTimeOffset = new(TypeRefKind.DateTimeOffset, "", null, true);
    public static readonly TypeRef Json = new(TypeRefKind.Json, "", null, true);

    /// <summary>A generated class.</summary>
    public static TypeRef Object(string name) => new(TypeRefKind.Named, name, null, false, NamedKind.Object);

    /// <summary>A generated enum, a struct.</summary>
    public static TypeRef Enum(string name) => new(TypeRefKind.Named, name, null, true, NamedKind.Enum);

    /// <summary>A generated oneOf wrapper, a class.</summary>
    public static TypeRef Union(string name) => new(TypeRefKind.Named, name, null, false, NamedKind.Union);

    public static TypeRef ListOf(TypeRef element) => new(TypeRefKind.List, "", element, false);

    public static TypeRef MapOf(TypeRef value) => new(TypeRefKind.Map, "", value, false);

    public bool IsEnum => Named == NamedKind.Enum;

    /// <summary>A generated class, which may hold further models (an object or a union).</summary>
    public bool IsModelClass => Named is NamedKind.Object or NamedKind.Union;

    public bool IsNumber => Kind is TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Float;
}

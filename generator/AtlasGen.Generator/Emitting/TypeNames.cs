using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace AtlasGen.Generator.Emitting;

/// <summary>C# spellings of <see cref="TypeRef"/>s, fully qualified with <c>global::</c>.</summary>
internal sealed class TypeNames
{
    public TypeNames(string @namespace) => Namespace = @namespace;

    public string Namespace { get; }

    public string Of(TypeRef type) => type.Kind switch
    {
        TypeRefKind.String => "string",
        TypeRefKind.Boolean => "bool",
        TypeRefKind.Int32 => "int",
        TypeRefKind.Int64 => "long",
        TypeRefKind.Double => "double",
        TypeRefKind.Float => "float",
        TypeRefKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeRefKind.Json => "global::System.Text.Json.JsonElement",
        TypeRefKind.Named => $"global::{Namespace}.{type.Name}",
        TypeRefKind.List => $"global::System.Collections.Generic.List<{Of(type.Element!)}>",
        TypeRefKind.Map => $"global::System.Collections.Generic.Dictionary<string, {Of(type.Element!)}>",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The type, with <c>?</c> when <paramref name="nullable"/>.</summary>
    public string Of(TypeRef type, bool nullable) => nullable ? Of(type) + "?" : Of(type);

    /// <summary>The name of a type's accessor on the JSON context (STJ's convention: ListFoo, DictionaryStringFoo, NullableInt32).</summary>
    public static string Accessor(TypeRef type, bool nullable = false)
    {
        var name = type.Kind switch
        {
            TypeRefKind.Named => type.Name,
            TypeRefKind.List => "List" + Accessor(type.Element!),
            TypeRefKind.Map => "DictionaryString" + Accessor(type.Element!),
            TypeRefKind.Json => "JsonElement",
            _ => type.Kind.ToString(),
        };
        return nullable && type.IsValueType ? "Nullable" + name : name;
    }

    /// <summary>The converter class emitted next to a union; the parser keeps its name free when it names the union.</summary>
    public static string UnionConverter(string unionName) => unionName + "JsonConverter";

    /// <summary>The converter class of a polymorphic base, nested in the JSON context; the parser keeps its name free.</summary>
    public static string PolymorphicConverter(string baseName) => baseName + "PolymorphicConverter";

    /// <summary>The members of the generated JSON context (its own and JsonSerializerContext's): no accessor may take one.</summary>
    private static readonly string[] s_contextMembers =
    {
        "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "FactoryOf", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone",
    };

    /// <summary>
    /// True when a generated type of this name would get the same JSON context accessor as a built-in type
    /// (<c>String</c>, <c>Int32</c>, <c>JsonElement</c>) or a collection or nullable (<c>ListFoo</c>,
    /// <c>DictionaryStringFoo</c>, <c>NullableFoo</c>), or an accessor named like a member of the context
    /// (<c>Default</c>, <c>Options</c>): the parser never gives a schema such a name, so every accessor is
    /// simply <see cref="Accessor"/>.
    /// </summary>
    public static bool MayShareAccessor(string typeName)
    {
        if (Array.IndexOf(s_contextMembers, typeName) >= 0)
        {
            return true;
        }

        foreach (var builtIn in new[] { TypeRef.String, TypeRef.Boolean, TypeRef.Int32, TypeRef.Int64, TypeRef.Double, TypeRef.Float, TypeRef.DateTimeOffset, TypeRef.Json })
        {
            if (typeName == Accessor(builtIn))
            {
                return true;
            }
        }

        foreach (var prefix in new[] { "List", "DictionaryString", "Nullable" })
        {
            if (typeName.Length > prefix.Length && typeName.StartsWith(prefix, StringComparison.Ordinal) && !char.IsLower(typeName[prefix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>An int literal; the invariant culture keeps -1 from being written with U+2212 MINUS SIGN (sv-SE and others).</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A C# literal for a spec default of a simple type, or null when the default does not fit the type.</summary>
    public static string? DefaultLiteral(TypeRef type, string? value)
    {
        if (value is null)
        {
            return null;
        }

        switch (type.Kind)
        {
            case TypeRefKind.String:
                return Literal(value);
            case TypeRefKind.Boolean:
                return value is "true" or "false" ? value : null;
            case TypeRefKind.Int32:
                return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i.ToString(CultureInfo.InvariantCulture) : null;
            case TypeRefKind.Int64:
                return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l.ToString(CultureInfo.InvariantCulture) + "L" : null;
            case TypeRefKind.Double:
            case TypeRefKind.Float:
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d)
                    ? Number(d) + (type.Kind == TypeRefKind.Float ? "f" : "d")
                    : null;
            default:
                return null;
        }
    }
}

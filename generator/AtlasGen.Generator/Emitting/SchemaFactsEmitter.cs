using System.Collections.Generic;
using System.Linq;
using AtlasGen.Generator.Model;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Numbers the object schemas the operations' bodies reach and emits, for each, the facts the simulator's engine fills
/// a created resource from: every property's kind, whether the server sets it (readOnly), whether it is required, an
/// enum's default or first value, and the object an object or array property holds (by index, so cycles are plain data).
/// </summary>
internal sealed class SchemaFactsEmitter
{
    private const string Spec = "global::AtlasGen.Simulator.Spec";
    private readonly ModelIndex _index;
    private readonly Dictionary<string, int> _numbers = new(System.StringComparer.Ordinal);
    private readonly List<ObjectModel> _objects = new();

    public SchemaFactsEmitter(ModelIndex index) => _index = index;

    /// <summary>The index of the object a body of this type is (or, for an array, each element is); -1 when it is no known object.</summary>
    public int NumberOf(TypeRef? type)
    {
        if (type is null)
        {
            return -1;
        }

        if (type.Kind == TypeRefKind.List && type.Element is { } element)
        {
            return NumberOf(element);
        }

        if (_index.Object(type) is not { } model)
        {
            return -1;
        }

        if (_numbers.TryGetValue(model.Name, out var number))
        {
            return number;
        }

        number = _objects.Count;
        _numbers.Add(model.Name, number);
        _objects.Add(model);
        return number;
    }

    /// <summary>Emits the table; numbering the properties' objects as it goes appends them, so the loop runs until none is new.</summary>
    public void EmitTable(SourceWriter writer)
    {
        writer.Line($"private static readonly {Spec}.SchemaObject[] s_schemas = new {Spec}.SchemaObject[]");
        writer.Line("{");
        for (var i = 0; i < _objects.Count; i++)
        {
            var model = _objects[i];
            var properties = _index.AllProperties(model).Select(p => p.Property)
                .GroupBy(p => p.JsonName, System.StringComparer.Ordinal).Select(g => g.First())
                .Select(p => PropertyLiteral(model, p)).ToList();
            var list = properties.Count == 0 ? $"global::System.Array.Empty<{Spec}.SchemaProperty>()" : $"new {Spec}.SchemaProperty[] {{ {string.Join(", ", properties)} }}";
            writer.Line($"    new {Spec}.SchemaObject({TypeNames.Literal(model.Name)}, {list}),");
        }

        writer.Line("};");
    }

    private string PropertyLiteral(ObjectModel model, PropertyModel property)
    {
        var type = property.Type;
        var kind = KindOf(type);
        var element = type.Kind is TypeRefKind.List or TypeRefKind.Map && type.Element is { } e ? KindOf(e) : "Any";
        var schema = kind == "Object" || (kind == "Array" && element == "Object") ? NumberOf(type) : -1;
        var literal = $"new {Spec}.SchemaProperty({TypeNames.Literal(property.JsonName)}, {Spec}.SchemaKind.{kind}, {Bool(property.IsReadOnly)}, {Bool(property.IsRequired)}, ";
        return DiscriminatorValue(model, property) is { } discriminator
            ? literal + $"{TypeNames.Literal(discriminator)}, {schema}, {Spec}.SchemaKind.{element}) {{ Discriminator = true }}"
            : literal + $"{ValueOf(property)}, {schema}, {Spec}.SchemaKind.{element})";
    }

    /// <summary>The value that names this object's variant, when the property is its polymorphic base's discriminator.</summary>
    private string? DiscriminatorValue(ObjectModel model, PropertyModel property)
    {
        if (_index.DiscriminatorOf(model) is { } own && own.Property.JsonName == property.JsonName)
        {
            return own.Value;
        }

        var root = _index.Root(model);
        return root.Discriminator is { } discriminator && discriminator.PropertyName == property.JsonName && discriminator.Mapping.Count > 0
            ? discriminator.Mapping[0].Value
            : null;
    }

    /// <summary>The kind of a JSON value of this type, as <c>SchemaKind</c> names it.</summary>
    public string KindOf(TypeRef type) => type.Kind switch
    {
        TypeRefKind.String => "String",
        TypeRefKind.Boolean => "Boolean",
        TypeRefKind.Int32 or TypeRefKind.Int64 => "Integer",
        TypeRefKind.Double or TypeRefKind.Float => "Number",
        TypeRefKind.DateTimeOffset => "DateTime",
        TypeRefKind.List => "Array",
        TypeRefKind.Map => "Map",
        TypeRefKind.Named => type.Named switch
        {
            NamedKind.Object => "Object",
            NamedKind.Enum => "Enum",
            _ => "Any",
        },
        _ => "Any",
    };

    /// <summary>An enum's default or else its first value; another scalar's default as the spec writes it.</summary>
    private string ValueOf(PropertyModel property)
    {
        var type = property.Type.Kind == TypeRefKind.List && property.Type.Element is { } element ? element : property.Type;
        if (_index.Enum(type) is { Members.Count: > 0 } enumModel)
        {
            var value = enumModel.Members.Any(m => m.Value == property.DefaultValue) ? property.DefaultValue! : enumModel.Members[0].Value;
            return TypeNames.Literal(value);
        }

        return property.DefaultValue is { } text && property.Type.Kind is TypeRefKind.String or TypeRefKind.Boolean or TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Float
            ? TypeNames.Literal(text)
            : "null";
    }

    private static string Bool(bool value) => value ? "true" : "false";
}

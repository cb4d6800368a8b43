using System.Collections.Generic;
using System.Linq;
using AtlasGen.Generator.Model;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Numbers the object and oneOf schemas the operations' bodies reach and emits, for each, the facts the simulator's
/// engine fills a document from: every property's kind, whether the server sets it (readOnly), whether it is required,
/// an enum's default or first value, a string's pattern and length bounds, a number's range, and the schema an object,
/// union or array property holds (by index, so cycles are plain data); for a oneOf, its variants and discriminator.
/// </summary>
internal sealed class SchemaFactsEmitter
{
    private const string Spec = "global::AtlasGen.Simulator.Spec";
    private readonly ModelIndex _index;
    private readonly Dictionary<string, int> _numbers = new(System.StringComparer.Ordinal);
    private readonly List<TypeModel> _objects = new();

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

        TypeModel? model = _index.Object(type) is { } objectModel ? objectModel : _index.Union(type);
        if (model is null)
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
            if (_objects[i] is UnionModel union)
            {
                writer.Line($"    {UnionLiteral(union)},");
                continue;
            }

            var model = (ObjectModel)_objects[i];
            var properties = _index.AllProperties(model).Select(p => p.Property)
                .GroupBy(p => p.JsonName, System.StringComparer.Ordinal).Select(g => g.First())
                .Select(p => PropertyLiteral(model, p)).ToList();
            var list = properties.Count == 0 ? $"global::System.Array.Empty<{Spec}.SchemaProperty>()" : $"new {Spec}.SchemaProperty[] {{ {string.Join(", ", properties)} }}";
            writer.Line($"    new {Spec}.SchemaObject({TypeNames.Literal(model.Name)}, {list}){SubtypeInits(model)},");
        }

        writer.Line("};");
    }

    /// <summary>A oneOf: no properties of its own, its variants' indexes (most specific first), the property that names the variant and the value that selects each.</summary>
    private string UnionLiteral(UnionModel union)
    {
        var variants = union.Variants.Select(v => (Number: NumberOf(TypeRef.Object(v.TypeName)), Variant: v)).Where(v => v.Number >= 0).ToList();
        var allowed = variants.Select(v => union.DiscriminatorProperty is { } property ? DiscriminatorEnum(v.Variant.TypeName, property) : new List<string>()).ToList();
        // The most specific variants first (fewest discriminator values), so what picks "the first" picks a specific one
        // over a catch-all that lists every value (Atlas's default alert, whose own eventTypeName no value can satisfy).
        var order = Enumerable.Range(0, variants.Count).OrderBy(i => allowed[i].Count).ToList();
        var inits = new List<string> { $"Variants = new int[] {{ {string.Join(", ", order.Select(i => variants[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))} }}" };
        if (union.DiscriminatorProperty is { } discriminator)
        {
            inits.Add($"DiscriminatorProperty = {TypeNames.Literal(discriminator)}");
            inits.Add(VariantValuesInit(order.Select(i => OnlyValueOf(allowed, i) ?? variants[i].Variant.DiscriminatorValues.FirstOrDefault())));
        }

        return $"new {Spec}.SchemaObject({TypeNames.Literal(union.Name)}, global::System.Array.Empty<{Spec}.SchemaProperty>()) {{ {string.Join(", ", inits)} }}";
    }

    /// <summary>
    /// The value of the variant's discriminator that no other variant's enum lists, so a body carrying it is that variant
    /// alone (a validator's oneOf demands exactly one match); null when every value is shared.
    /// </summary>
    private static string? OnlyValueOf(IReadOnlyList<IReadOnlyList<string>> allowed, int variant)
        => allowed[variant].FirstOrDefault(value => !allowed.Where((_, other) => other != variant).Any(values => values.Contains(value)));

    /// <summary>Every value a variant's discriminator property allows (its enum's members); empty when it is no enum.</summary>
    private List<string> DiscriminatorEnum(string variantType, string discriminator)
    {
        var property = _index.Object(variantType) is { } model
            ? _index.AllProperties(model).Select(p => p.Property).FirstOrDefault(p => p.JsonName == discriminator)
            : null;
        return property is not null && _index.Enum(property.Type) is { } enumModel ? enumModel.Members.Select(m => m.Value).ToList() : new List<string>();
    }

    private static string VariantValuesInit(IEnumerable<string?> values)
        => $"VariantValues = new string?[] {{ {string.Join(", ", values.Select(v => v is null ? "null" : TypeNames.Literal(v)))} }}";

    /// <summary>For a polymorphic base, its mapped subtypes as variants (a body of the base is one of them) and its discriminator.</summary>
    private string SubtypeInits(ObjectModel model)
    {
        if (model.Discriminator is not { } discriminator)
        {
            return "";
        }

        var subtypes = discriminator.Mapping.Where(m => m.TypeName != model.Name).GroupBy(m => m.TypeName)
            .Select(g => (Number: NumberOf(TypeRef.Object(g.Key)), g.First().Value)).Where(s => s.Number >= 0).ToList();
        return subtypes.Count == 0
            ? ""
            : $" {{ Variants = new int[] {{ {string.Join(", ", subtypes.Select(s => s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))} }}, DiscriminatorProperty = {TypeNames.Literal(discriminator.PropertyName)}, {VariantValuesInit(subtypes.Select(s => (string?)s.Value))} }}";
    }

    private string PropertyLiteral(ObjectModel model, PropertyModel property)
    {
        var type = property.Type;
        var kind = KindOf(type);
        var element = type.Kind is TypeRefKind.List or TypeRefKind.Map && type.Element is { } e ? KindOf(e) : "Any";
        var holdsSchema = kind is "Object" or "Any" || (kind == "Array" && element is "Object" or "Any");
        var schema = holdsSchema ? NumberOf(type) : -1;
        var literal = $"new {Spec}.SchemaProperty({TypeNames.Literal(property.JsonName)}, {Spec}.SchemaKind.{kind}, {Bool(property.IsReadOnly)}, {Bool(property.IsRequired)}, ";
        var inits = RuleInits(property.Constraints);
        if (DiscriminatorValue(model, property) is { } discriminator)
        {
            inits.Insert(0, "Discriminator = true");
            literal += $"{TypeNames.Literal(discriminator)}, {schema}, {Spec}.SchemaKind.{element})";
        }
        else
        {
            literal += $"{ValueOf(property)}, {schema}, {Spec}.SchemaKind.{element})";
        }

        return inits.Count == 0 ? literal : literal + " { " + string.Join(", ", inits) + " }";
    }

    /// <summary>The rules a filled value must keep: only those the schema states, so the table stays small.</summary>
    private static List<string> RuleInits(Constraints constraints)
    {
        var rules = new (string Name, string? Value)[]
        {
            ("Pattern", constraints.Pattern is { } pattern ? TypeNames.Literal(pattern) : null),
            ("MinLength", constraints.MinLength?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("MaxLength", constraints.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Format", constraints.Format is { } format ? TypeNames.Literal(format) : null),
            ("Minimum", constraints.Minimum is { } minimum ? Number(minimum) : null),
            ("Maximum", constraints.Maximum is { } maximum ? Number(maximum) : null),
        };
        return rules.Where(rule => rule.Value is not null).Select(rule => $"{rule.Name} = {rule.Value}").ToList();
    }

    private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d";

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

    /// <summary>An enum's default or else its first value; another scalar's default as the spec writes it, else a number enum's first value.</summary>
    private string ValueOf(PropertyModel property)
    {
        var type = property.Type.Kind == TypeRefKind.List && property.Type.Element is { } element ? element : property.Type;
        if (_index.Enum(type) is { Members.Count: > 0 } enumModel)
        {
            var value = enumModel.Members.Any(m => m.Value == property.DefaultValue) ? property.DefaultValue! : enumModel.Members[0].Value;
            return TypeNames.Literal(value);
        }

        if (property.DefaultValue is { } text && property.Type.Kind is TypeRefKind.String or TypeRefKind.Boolean or TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Float)
        {
            return TypeNames.Literal(text);
        }

        // A number enum (a snapshot schedule's interval) has no zero to fall back on: its first value is the filler's.
        return property.Constraints.AllowedNumbers.Count > 0 ? TypeNames.Literal(property.Constraints.AllowedNumbers[0]) : "null";
    }

    private static string Bool(bool value) => value ? "true" : "false";
}

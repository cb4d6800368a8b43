using System.Globalization;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Engine;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// Builds a request body from the operation's schema facts: every required property the caller may set, plus the
/// properties that name an item (<c>name</c>, <c>username</c>), at every depth, with values that keep the spec's rules
/// (patterns, length bounds, ranges, enums' defaults or first values; the route's known values at the top). A oneOf (or a
/// polymorphic base) is built as its first variant whose required properties have values, with the discriminator value
/// that selects it alone.
/// </summary>
internal sealed class BodyBuilder
{
    private const int MaxDepth = 4;
    private static readonly string[] s_naming = { "name", "username", "roleName", "databaseName", "collectionName" };
    private readonly SimulatorSpec _spec;

    public BodyBuilder(SimulatorSpec spec) => _spec = spec;

    public JsonNode Build(OperationRoute route, ResponseVersion version)
    {
        var item = Object(route, version.RequestSchema, 0);
        return version.RequestIsArray ? new JsonArray(item) : item;
    }

    private JsonObject Object(OperationRoute route, int schema, int depth)
    {
        var result = new JsonObject();
        var facts = _spec.Schema(schema);
        if (facts is { Variants.Count: > 0 } union)
        {
            // The first variant whose required properties the builder can give values (not free-form JSON), preferring one
            // a discriminator value selects alone (a validator's oneOf demands exactly one match); that value names it.
            var variants = union.Variants.Select((number, index) => (Schema: _spec.Schema(number), Value: union.VariantValue(index))).Where(v => v.Schema is not null).ToList();
            var chosen = variants.Where(v => v.Schema!.Properties.All(p => !p.Required || p.ReadOnly || p.Kind != SchemaKind.Any || p.Schema >= 0))
                .OrderByDescending(v => v.Value is not null).FirstOrDefault();
            chosen = chosen.Schema is not null ? chosen : variants.FirstOrDefault();
            facts = chosen.Schema;
            if (union.DiscriminatorProperty is { } discriminator && chosen.Value is { } value)
            {
                result[discriminator] = value;
            }
        }

        if (facts is null || depth > MaxDepth)
        {
            return result;
        }

        foreach (var property in facts.Properties.Where(p => !p.ReadOnly && result[p.Name] is null && (p.Required || p.Discriminator || s_naming.Contains(p.Name))))
        {
            if (Value(route, property, depth) is { } value)
            {
                result[property.Name] = value;
            }
        }

        return result;
    }

    /// <summary>A valid value for one top-level property of the route's body (what a server says is missing).</summary>
    public JsonNode? ValueOf(OperationRoute route, SchemaProperty property) => Value(route, property, 0);

    private JsonNode? Value(OperationRoute route, SchemaProperty property, int depth)
    {
        if (property.Discriminator && property.Value is { } variant)
        {
            return variant;
        }

        var rule = depth == 0 ? route.BodyProperties.FirstOrDefault(b => b.Name == property.Name) : null;
        return property.Kind switch
        {
            // Numbered names, so that two creates never collide.
            SchemaKind.String => String(property, rule),
            SchemaKind.Enum => property.Value ?? rule?.KnownValues.FirstOrDefault(),
            SchemaKind.DateTime => SchemaValues.Timestamp(DateTimeOffset.UtcNow.AddDays(1)),
            // The spec's default, or a number enum's first value, before a value in the range.
            SchemaKind.Integer => long.TryParse(property.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var given) ? given : (long)Math.Ceiling(One(property)),
            SchemaKind.Number => double.TryParse(property.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var given) ? given : One(property),
            SchemaKind.Boolean => false,
            SchemaKind.Object or SchemaKind.Any when property.Schema >= 0 => Object(route, property.Schema, depth + 1),
            SchemaKind.Map => new JsonObject(),
            SchemaKind.Array => property.ElementKind switch
            {
                SchemaKind.Object or SchemaKind.Any when property.Schema >= 0 => new JsonArray(Object(route, property.Schema, depth + 1)),
                SchemaKind.Enum when property.Value is { } first => new JsonArray(first),
                SchemaKind.String => new JsonArray(String(property, rule)),
                _ => new JsonArray(),
            },
            _ => null,
        };
    }

    /// <summary>1, or the nearest value the range allows.</summary>
    private static double One(SchemaProperty property)
        => property.Minimum is { } minimum && minimum > 1 ? minimum : property.Maximum is { } maximum && maximum < 1 ? maximum : 1;

    private static string String(SchemaProperty property, BodyProperty? rule)
        => SampleValues.String(property.Pattern ?? rule?.Pattern ?? SchemaValues.FormatPattern(property.Format), property.MinLength ?? rule?.MinLength, property.MaxLength ?? rule?.MaxLength, rule?.KnownValues ?? Array.Empty<string>());
}

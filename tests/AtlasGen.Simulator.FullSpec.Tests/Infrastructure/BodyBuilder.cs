using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// Builds a request body from the operation's generated metadata: every required property the caller may set, plus
/// the properties that name an item (<c>name</c>, <c>username</c>), with values from the spec's rules (top-level
/// patterns and known values from the route, enums' first values and kinds from the schema facts).
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
        if (_spec.Schema(schema) is not { } facts || depth > MaxDepth)
        {
            return result;
        }

        foreach (var property in facts.Properties.Where(p => !p.ReadOnly && (p.Required || s_naming.Contains(p.Name))))
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
        var rule = depth == 0 ? route.BodyProperties.FirstOrDefault(b => b.Name == property.Name) : null;
        return property.Kind switch
        {
            SchemaKind.String => SampleValues.String(rule?.Pattern, rule?.MinLength, rule?.MaxLength, rule?.KnownValues ?? Array.Empty<string>()),
            SchemaKind.Enum => property.Value ?? rule?.KnownValues.FirstOrDefault(),
            SchemaKind.DateTime => DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            SchemaKind.Integer => 1,
            SchemaKind.Number => 1.0,
            SchemaKind.Boolean => false,
            SchemaKind.Object => Object(route, property.Schema, depth + 1),
            SchemaKind.Map => new JsonObject(),
            SchemaKind.Array => property.ElementKind switch
            {
                SchemaKind.Object => new JsonArray(Object(route, property.Schema, depth + 1)),
                SchemaKind.Enum when property.Value is { } first => new JsonArray(first),
                SchemaKind.String => new JsonArray(SampleValues.String(rule?.Pattern, rule?.MinLength, rule?.MaxLength, rule?.KnownValues ?? Array.Empty<string>())),
                _ => new JsonArray(),
            },
            _ => null,
        };
    }
}

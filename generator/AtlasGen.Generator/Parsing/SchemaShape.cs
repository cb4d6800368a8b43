using Microsoft.OpenApi.Models;

namespace AtlasGen.Generator.Parsing;

/// <summary>What a schema becomes in C#.</summary>
internal enum SchemaShape
{
    Json,
    String,
    Boolean,
    Integer,
    Number,
    Enum,
    Array,
    Map,
    Object,
    Union,
}

internal static class SchemaShapes
{
    public static SchemaShape Of(OpenApiSchema schema)
    {
        if (schema.Enum is { Count: > 0 } && schema.Type is null or "string")
        {
            return SchemaShape.Enum;
        }

        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            // A base with a discriminator whose oneOf lists its own subtypes is a class hierarchy, not a union.
            return schema.Discriminator is not null && schema.Properties is { Count: > 0 } ? SchemaShape.Object : SchemaShape.Union;
        }

        if (schema.AllOf is { Count: > 0 } || schema.Properties is { Count: > 0 } || schema.Discriminator is not null)
        {
            return SchemaShape.Object;
        }

        return schema.Type switch
        {
            "array" => SchemaShape.Array,
            "string" => SchemaShape.String,
            "boolean" => SchemaShape.Boolean,
            "integer" => SchemaShape.Integer,
            "number" => SchemaShape.Number,
            "object" when schema.AdditionalProperties is not null => SchemaShape.Map,
            _ when schema.Items is not null => SchemaShape.Array,
            _ => SchemaShape.Json,
        };
    }

    /// <summary>True when the schema refers to a component (rather than being inline).</summary>
    public static bool IsComponentRef(OpenApiSchema? schema)
        => schema?.Reference is { IsExternal: false, Id: { Length: > 0 } } reference && reference.Type == Microsoft.OpenApi.Models.ReferenceType.Schema;
}

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Every type the JSON context must describe: each model, each property type (with its Nullable&lt;T&gt; form),
/// each body and response, collections' element types, and the primitives. Ordered by accessor name.
/// </summary>
internal static class JsonTypeSet
{
    private static readonly TypeRef[] s_primitives =
    {
        TypeRef.String, TypeRef.Boolean, TypeRef.Int32, TypeRef.Int64, TypeRef.Double, TypeRef.Float, TypeRef.DateTimeOffset, TypeRef.Json,
    };

    /// <summary>The type of every model's extension data, <c>Dictionary&lt;string, JsonElement&gt;</c>.</summary>
    public static readonly TypeRef ExtensionData = TypeRef.MapOf(TypeRef.Json);

    public static IReadOnlyList<(TypeRef Type, bool Nullable)> Collect(ApiModel api)
    {
        var entries = new Dictionary<string, (TypeRef, bool)>();
        foreach (var primitive in s_primitives)
        {
            Add(primitive, false);
            Add(primitive, true);
        }

        Add(ExtensionData, false);

        foreach (var type in api.Types)
        {
            Add(type.Reference, false);
            Add(type.Reference, true);
            if (type is ObjectModel model)
            {
                foreach (var property in model.Properties)
                {
                    Add(property.Type, PropertyShapes.IsNullable(property));
                }
            }
        }

        foreach (var operation in api.Tags.SelectMany(t => t.Operations))
        {
            foreach (var body in operation.Bodies)
            {
                Add(body.Type, false);
            }

            foreach (var response in operation.Responses.Where(r => r.Type is not null))
            {
                Add(response.Type!, false);
            }
        }

        return entries.OrderBy(e => e.Key, System.StringComparer.Ordinal).Select(e => e.Value).ToList();

        void Add(TypeRef type, bool nullable)
        {
            nullable &= type.IsValueType;
            if (!entries.ContainsKey(TypeNames.Accessor(type, nullable)))
            {
                entries[TypeNames.Accessor(type, nullable)] = (type, nullable);
                if (type.Element is { } element)
                {
                    Add(element, false);
                }
            }
        }
    }
}

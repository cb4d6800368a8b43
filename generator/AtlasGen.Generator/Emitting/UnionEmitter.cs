namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits oneOf/anyOf schemas as wrappers holding one variant, with a converter that picks the variant by the
/// discriminator and the properties present (<c>AtlasUnionMatcher</c>) and keeps the raw JSON of a body that fits none.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(ApiModel api)
    {
        var types = new TypeNames(api.Namespace);
        var writer = SourceWriter.StartFile(api.Namespace);
        foreach (var model in api.Types.OfType<UnionModel>())
        {
            EmitUnion(writer, model, types);
            EmitConverter(writer, model, types);
        }

        return writer.EndFile();
    }

    private static void EmitUnion(SourceWriter writer, UnionModel model, TypeNames types)
    {
        writer.Doc("summary", DocMarkup.FromSpec(model.Description) ?? $"One of: {string.Join(", ", model.Variants.Select(v => v.TypeName))}.");
        writer.Doc("remarks", "Holds one variant in Value, or, for a variant this client does not know, the raw JSON in RawJson, which is written back unchanged.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public sealed partial class {model.Name} : global::AtlasGen.Runtime.IAtlasValidatable");
        foreach (var variant in model.Variants)
        {
            var variantType = $"global::{types.Namespace}.{variant.TypeName}";
            writer.Member($"Wraps the given <see cref=\"{variantType}\"/>.", $"public {model.Name}({variantType} value) => Value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line($"public static implicit operator {model.Name}({variantType} value) => new(value);");
            writer.Line();
            writer.Member($"The value when it is of type <see cref=\"{variantType}\"/>; null when it is another variant.", $"public {variantType}? As{variant.TypeName} => Value as {variantType};");
        }

        writer.Line($"private {model.Name}(global::System.Text.Json.JsonElement rawJson) => RawJson = rawJson;");
        writer.Line();
        writer.Member("Keeps JSON that matches no known variant, as a newer server may send.", $"public static {model.Name} FromRawJson(global::System.Text.Json.JsonElement json) => new(json.Clone());");
        writer.Member("The variant, or null when the JSON matched no known variant.", "public object? Value { get; }");
        writer.Member("The JSON of an unknown variant; null when <see cref=\"Value\"/> is set.", "public global::System.Text.Json.JsonElement? RawJson { get; }");
        writer.Line("void global::AtlasGen.Runtime.IAtlasValidatable.Validate(string path) => global::AtlasGen.Runtime.AtlasArgument.Nested(Value, path);");
        writer.Close();
        writer.Line();
    }

    private static void EmitConverter(SourceWriter writer, UnionModel model, TypeNames types)
    {
        var unionType = $"global::{types.Namespace}.{model.Name}";
        writer.Doc("summary", $"Reads and writes {model.Name} without reflection.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public sealed class {TypeNames.UnionConverter(model.Name)} : global::System.Text.Json.Serialization.JsonConverter<{unionType}>");
        var selections = Selections(model);
        if (model.Variants.Count > 0)
        {
            writer.Line($"private static readonly string[][] s_required = {{ {string.Join(", ", model.Variants.Select(v => StringArray(v.RequiredProperties)))} }};");
            writer.Line($"private static readonly string[][] s_declared = {{ {string.Join(", ", model.Variants.Select(v => StringArray(v.Properties)))} }};");
            for (var i = 0; i < selections.Count; i++)
            {
                writer.Line($"private static readonly int[] s_selected{i} = new[] {{ {string.Join(", ", selections[i].Variants)} }};");
            }

            writer.Line();
        }

        writer.Open($"public override {unionType}? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("var element = global::System.Text.Json.JsonElement.ParseValue(ref reader);");
        writer.Open("if (element.ValueKind != global::System.Text.Json.JsonValueKind.Object)");
        writer.Line($"throw new global::System.Text.Json.JsonException(\"Expected a JSON object for {model.Name}, got \" + element.ValueKind + \".\");");
        writer.Close();
        writer.Line();
        // The discriminator narrows the variants (a value it doesn't know selects none: raw JSON); the properties
        // present decide among what is left, or among all variants when the body carries no discriminator.
        if (model.Variants.Count > 0)
        {
            EmitVariantChoice(writer, model, selections, unionType, types);
        }

        writer.Line($"return {unionType}.FromRawJson(element);");
        writer.Close();
        writer.Line();
        EmitWrite(writer, unionType);
        writer.Close();
        writer.Line();
    }

    private static void EmitVariantChoice(SourceWriter writer, UnionModel model, List<(List<string> Values, List<int> Variants)> selections, string unionType, TypeNames types)
    {
        writer.Line("int[]? candidates = null;");
        if (model.DiscriminatorProperty is { } discriminator)
        {
            writer.Open($"if (element.TryGetProperty({TypeNames.Literal(discriminator)}, out var tag) && tag.ValueKind == global::System.Text.Json.JsonValueKind.String)");
            writer.Open("switch (tag.GetString())");
            for (var i = 0; i < selections.Count; i++)
            {
                foreach (var value in selections[i].Values)
                {
                    writer.Line($"case {TypeNames.Literal(value)}:");
                }

                writer.Line($"    candidates = s_selected{i};");
                writer.Line("    break;");
            }

            writer.Line("default:");
            writer.Line("    candidates = global::System.Array.Empty<int>();");
            writer.Line("    break;");
            writer.Close();
            writer.Close();
            writer.Line();
        }

        writer.Open("switch (global::AtlasGen.Runtime.AtlasUnionMatcher.Pick(element, s_required, s_declared, candidates))");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            writer.Line($"case {i}:");
            writer.Line($"    return new {unionType}({Deserialize(model.Variants[i], types)});");
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitWrite(SourceWriter writer, string unionType)
    {
        writer.Open($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {unionType} value, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Open("if (value.Value is { } variant)");
        writer.Line("global::System.Text.Json.JsonSerializer.Serialize(writer, variant, options.GetTypeInfo(variant.GetType()));");
        writer.Close();
        writer.Open("else if (value.RawJson is { } raw)");
        writer.Line("raw.WriteTo(writer);");
        writer.Close();
        writer.Open("else");
        writer.Line("writer.WriteNullValue();");
        writer.Close();
        writer.Close();
    }

    /// <summary>The discriminator values grouped by the variants they select, in first-appearance order.</summary>
    private static List<(List<string> Values, List<int> Variants)> Selections(UnionModel model)
    {
        var byValue = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < model.Variants.Count; i++)
        {
            foreach (var value in model.Variants[i].DiscriminatorValues)
            {
                if (!byValue.TryGetValue(value, out var variants))
                {
                    byValue[value] = variants = new List<int>();
                    order.Add(value);
                }

                if (!variants.Contains(i))
                {
                    variants.Add(i);
                }
            }
        }

        var groups = new List<(List<string> Values, List<int> Variants)>();
        foreach (var value in order)
        {
            var key = byValue[value];
            var group = groups.FirstOrDefault(g => g.Variants.SequenceEqual(key));
            if (group.Values is null)
            {
                groups.Add((new List<string> { value }, key));
            }
            else
            {
                group.Values.Add(value);
            }
        }

        return groups;
    }

    private static string StringArray(EquatableArray<string> names)
        => names.Count == 0 ? "global::System.Array.Empty<string>()" : $"new[] {{ {string.Join(", ", names.Select(TypeNames.Literal))} }}";

    private static string Deserialize(UnionVariant variant, TypeNames types)
    {
        var variantType = $"global::{types.Namespace}.{variant.TypeName}";
        return $"global::System.Text.Json.JsonSerializer.Deserialize(element, (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{variantType}>)options.GetTypeInfo(typeof({variantType})))!";
    }
}

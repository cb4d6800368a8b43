using System.Linq;
using AtlasGen.Generator.Model;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits oneOf/anyOf schemas as wrappers holding one variant, with a converter that picks the variant by the
/// discriminator (or, without one, by required properties) and keeps the raw JSON of a variant it doesn't know.
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
            writer.Doc("summary", $"Wraps the given <see cref=\"{variantType}\"/>.");
            writer.Line($"public {model.Name}({variantType} value) => Value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line();
            writer.Line($"public static implicit operator {model.Name}({variantType} value) => new(value);");
            writer.Line();
            writer.Doc("summary", $"The value when it is of type <see cref=\"{variantType}\"/>; null when it is another variant.");
            writer.Line($"public {variantType}? As{variant.TypeName} => Value as {variantType};");
            writer.Line();
        }

        writer.Line($"private {model.Name}(global::System.Text.Json.JsonElement rawJson) => RawJson = rawJson;");
        writer.Line();
        writer.Doc("summary", "Keeps JSON that matches no known variant, as a newer server may send.");
        writer.Line($"public static {model.Name} FromRawJson(global::System.Text.Json.JsonElement json) => new(json.Clone());");
        writer.Line();
        writer.Doc("summary", "The variant, or null when the JSON matched no known variant.");
        writer.Line("public object? Value { get; }");
        writer.Line();
        writer.Doc("summary", "The JSON of an unknown variant; null when <see cref=\"Value\"/> is set.");
        writer.Line("public global::System.Text.Json.JsonElement? RawJson { get; }");
        writer.Line();
        writer.Line("void global::AtlasGen.Runtime.IAtlasValidatable.Validate(string path) => global::AtlasGen.Runtime.AtlasArgument.Nested(Value, path);");
        writer.Close();
        writer.Line();
    }

    private static void EmitConverter(SourceWriter writer, UnionModel model, TypeNames types)
    {
        var unionType = $"global::{types.Namespace}.{model.Name}";
        writer.Doc("summary", $"Reads and writes {model.Name} without reflection.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public sealed class {model.Name}JsonConverter : global::System.Text.Json.Serialization.JsonConverter<{unionType}>");
        writer.Open($"public override {unionType}? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("var element = global::System.Text.Json.JsonElement.ParseValue(ref reader);");
        writer.Open("if (element.ValueKind != global::System.Text.Json.JsonValueKind.Object)");
        writer.Line($"throw new global::System.Text.Json.JsonException(\"Expected a JSON object for {model.Name}, got \" + element.ValueKind + \".\");");
        writer.Close();
        writer.Line();
        if (model.DiscriminatorProperty is { } discriminator)
        {
            writer.Line($"var discriminator = element.TryGetProperty({TypeNames.Literal(discriminator)}, out var tag) && tag.ValueKind == global::System.Text.Json.JsonValueKind.String ? tag.GetString() : null;");
            writer.Open("switch (discriminator)");
            foreach (var variant in model.Variants.Where(v => v.DiscriminatorValues.Count > 0))
            {
                foreach (var value in variant.DiscriminatorValues)
                {
                    writer.Line($"case {TypeNames.Literal(value)}:");
                }

                writer.Line($"    return new {unionType}({Deserialize(variant, types)});");
            }

            writer.Close();
        }
        else
        {
            // No discriminator: the first variant whose required properties are all present wins; most specific first.
            foreach (var variant in model.Variants.OrderByDescending(v => v.RequiredProperties.Count).Where(v => v.RequiredProperties.Count > 0))
            {
                var condition = string.Join(" && ", variant.RequiredProperties.Select(p => $"element.TryGetProperty({TypeNames.Literal(p)}, out _)"));
                writer.Open($"if ({condition})");
                writer.Line($"return new {unionType}({Deserialize(variant, types)});");
                writer.Close();
            }
        }

        writer.Line();
        writer.Line($"return {unionType}.FromRawJson(element);");
        writer.Close();
        writer.Line();
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
        writer.Close();
        writer.Line();
    }

    private static string Deserialize(UnionVariant variant, TypeNames types)
    {
        var variantType = $"global::{types.Namespace}.{variant.TypeName}";
        return $"global::System.Text.Json.JsonSerializer.Deserialize(element, (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{variantType}>)options.GetTypeInfo(typeof({variantType})))!";
    }
}

using static AtlasGen.Generator.Emitting.JsonNamespaces;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits the converter of a polymorphic base class, nested in the JSON context. STJ's own polymorphism can't
/// express Atlas's discriminators (the discriminator is a real property, and several values map to one type),
/// so the converter finds the discriminator on a copy of the reader and deserializes with the chosen type's object
/// metadata from the reader itself (no JsonDocument buffered: the union costs what its member costs).
/// </summary>
internal static class PolymorphicConverterEmitter
{
    public static void Emit(SourceWriter writer, ObjectModel model, TypeNames types, string contextName)
    {
        var baseType = $"global::{types.Namespace}.{model.Name}";
        var discriminator = model.Discriminator!;
        var context = "global::" + types.Namespace + "." + contextName;
        writer.Open($"private sealed class {TypeNames.PolymorphicConverter(model.Name)} : {Json}.Serialization.JsonConverter<{baseType}>");
        writer.Line($"private readonly {context} _context;");
        writer.Line($"private {Metadata}.JsonTypeInfo<{baseType}>? _baseInfo;");
        writer.Line();
        writer.Line($"public {TypeNames.PolymorphicConverter(model.Name)}({context} context) => _context = context;");
        writer.Line();
        writer.Line($"private {Metadata}.JsonTypeInfo<{baseType}> BaseInfo({Json}.JsonSerializerOptions options) => _baseInfo ??= _context.CreateObject_{model.Name}(options);");
        writer.Line();
        writer.Open($"public override {baseType}? Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        writer.Open($"switch (global::AtlasGen.Runtime.AtlasDiscriminator.Find(reader, {TypeNames.Literal(discriminator.PropertyName)}))");
        foreach (var group in discriminator.Mapping.Where(m => m.TypeName != model.Name).GroupBy(m => m.TypeName))
        {
            foreach (var mapping in group)
            {
                writer.Line($"case {TypeNames.Literal(mapping.Value)}:");
            }

            var derived = $"global::{types.Namespace}.{group.Key}";
            writer.Line($"    return {Json}.JsonSerializer.Deserialize(ref reader, ({Metadata}.JsonTypeInfo<{derived}>)options.GetTypeInfo(typeof({derived})));");
        }

        writer.Line("default:");
        writer.Line($"    return {Json}.JsonSerializer.Deserialize(ref reader, BaseInfo(options));");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Open($"public override void Write({Json}.Utf8JsonWriter writer, {baseType} value, {Json}.JsonSerializerOptions options)");
        writer.Open($"if (value.GetType() == typeof({baseType}))");
        writer.Line($"{Json}.JsonSerializer.Serialize(writer, value, BaseInfo(options));");
        writer.Close();
        writer.Open("else");
        writer.Line($"{Json}.JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
    }
}

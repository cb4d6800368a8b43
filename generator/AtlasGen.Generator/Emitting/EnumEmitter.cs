namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits extensible enums: readonly structs over the wire string with ordinal equality. Unknown values
/// round-trip; <c>Parse</c> is the strict entry point and <c>FromValue</c> the lenient one.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = SourceWriter.StartFile(api.Namespace);
        foreach (var model in api.Types.OfType<EnumModel>())
        {
            EmitEnum(writer, model);
        }

        return writer.EndFile();
    }

    private static void EmitEnum(SourceWriter writer, EnumModel model)
    {
        var name = model.Name;
        var values = string.Join(", ", model.Members.Select(m => TypeNames.Literal(m.Value)));
        writer.Doc("summary", DocMarkup.FromSpec(model.Description) ?? $"The values of {name}. Values the spec does not list are kept as they are.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Line($"[global::AtlasGen.Runtime.AtlasAllowedValues({values})]");
        writer.Open($"public readonly partial struct {name} : global::System.IEquatable<{name}>, global::AtlasGen.Runtime.IAtlasEnum<{name}>");
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Doc("summary", "Wraps a wire value; it need not be one of the known values.");
        writer.Open($"public {name}(string value)");
        writer.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        writer.Close();
        writer.Line();
        foreach (var member in model.Members)
        {
            writer.Member($"The value <c>{SourceWriter.Escape(member.Value)}</c>.", $"public static {name} {member.Name} {{ get; }} = new({TypeNames.Literal(member.Value)});");
        }

        writer.Member("The values the spec lists, in its order.", $"public static global::System.Collections.Generic.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[] {{ {string.Join(", ", model.Members.Select(m => m.Name))} }};");
        writer.Member("The wire value.", "public string Value => _value ?? string.Empty;");
        writer.Member("True when the value is one the spec lists.", $"public bool IsKnown => Value switch {{ {string.Join(" or ", model.Members.Select(m => TypeNames.Literal(m.Value)))} => true, _ => false }};");
        writer.Member("Wraps any wire value, known or not.", $"public static {name} FromValue(string value) => new(value);");
        writer.Doc("summary", "Returns the known value spelled <paramref name=\"value\"/>; throws for a value the spec does not list.");
        writer.Open($"public static {name} Parse(string value)");
        writer.Line($"var parsed = new {name}(value);");
        writer.Line($"return parsed.IsKnown ? parsed : throw new global::System.ArgumentException(\"'\" + value + \"' is not a known {name} value; known values: \" + {TypeNames.Literal(string.Join(", ", model.Members.Select(m => m.Value)))} + \".\", nameof(value));");
        writer.Close();
        writer.Line();
        writer.Member($"public static implicit operator {name}(string value) => new(value);");
        writer.Member($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Member($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Member($"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.Member($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.Line();
        writer.Line("public override string ToString() => Value;");
        writer.Close();
        writer.Line();
    }
}

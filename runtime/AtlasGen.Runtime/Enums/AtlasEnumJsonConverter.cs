using System.Text.Json;
using System.Text.Json.Serialization;

namespace AtlasGen.Runtime;

/// <summary>Reads and writes an <see cref="IAtlasEnum{TSelf}"/> as its JSON string, keeping unknown values.</summary>
public sealed class AtlasEnumJsonConverter<T> : JsonConverter<T> where T : struct, IAtlasEnum<T>
{
    /// <summary>The shared instance; the converter is stateless.</summary>
    public static AtlasEnumJsonConverter<T> Instance { get; } = new();

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for {typeof(T).Name}, got {reader.TokenType}.");
        }

        return T.FromValue(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => T.FromValue(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WritePropertyName(value.Value);
}

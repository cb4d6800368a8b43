using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AtlasGen.Simulator.Http;

/// <summary>Timestamps as Atlas writes them: UTC, whole seconds, <c>Z</c> (<c>2026-08-10T03:05:16Z</c>), never <c>+00:00</c>.</summary>
internal sealed class AtlasTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new JsonException("Expected an ISO 8601 timestamp.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}

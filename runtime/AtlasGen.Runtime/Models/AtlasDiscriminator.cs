using System.Text.Json;

namespace AtlasGen.Runtime;

/// <summary>
/// Finds the discriminator of a polymorphic JSON object for the generated converters, on a copy of the reader, so the
/// chosen type then reads the value straight from the caller's reader: no <see cref="JsonDocument"/> is buffered.
/// </summary>
public static class AtlasDiscriminator
{
    /// <summary>
    /// Returns the string value of the top-level property <paramref name="propertyName"/> of the object at the reader's
    /// position, wherever it stands among the properties; null when the value is not an object, lacks the property or
    /// holds something else than a string.
    /// </summary>
    /// <param name="reader">A copy of the converter's reader, on the object's start (a converter gets the whole value buffered).</param>
    /// <param name="propertyName">The discriminator's JSON name.</param>
    public static string? Find(Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDiscriminator = reader.ValueTextEquals(propertyName);
            if (!reader.Read())
            {
                return null;
            }

            if (isDiscriminator)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            if (!reader.TrySkip())
            {
                return null;
            }
        }

        return null;
    }
}

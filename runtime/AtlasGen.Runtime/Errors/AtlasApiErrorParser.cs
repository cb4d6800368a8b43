using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AtlasGen.Runtime;

/// <summary>Parses an ApiError body with a <see cref="Utf8JsonReader"/>, so that no reflection or generated metadata is needed.</summary>
public static class AtlasApiErrorParser
{
    /// <summary>Returns the parsed error, or null when the body is empty, not JSON, or not an object.</summary>
    public static AtlasApiError? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(body, buffer);
            return TryParse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// One pass over the body. As with a parsed document, the whole body must be valid JSON, and of a repeated property
    /// the last one counts.
    /// </summary>
    private static AtlasApiError? TryParse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            int? status = null;
            string? errorCode = null, detail = null, reason = null;
            List<string>? parameters = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("error"u8))
                {
                    reader.Read();
                    status = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : null;
                }
                else if (reader.ValueTextEquals("errorCode"u8))
                {
                    errorCode = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("detail"u8))
                {
                    detail = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("reason"u8))
                {
                    reason = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("parameters"u8))
                {
                    reader.Read();
                    parameters = reader.TokenType == JsonTokenType.StartArray ? ReadParameters(ref reader, utf8) : null;
                }
                else
                {
                    reader.Read();
                }

                reader.Skip(); // the rest of an object or array value; nothing for a scalar
            }

            // Reading on to the end rejects trailing content, as parsing the whole document would.
            while (reader.Read())
            {
            }

            return new AtlasApiError(status, errorCode, detail, reason, parameters ?? new List<string>());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    /// <summary>Strings as their value; any other item as its JSON text.</summary>
    private static List<string> ReadParameters(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        var result = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                result.Add(reader.GetString()!);
                continue;
            }

            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            result.Add(Encoding.UTF8.GetString(utf8[start..(int)reader.BytesConsumed]));
        }

        return result;
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AtlasGen.TestData;

/// <summary>How far a recorded body got: read by the client-direction metadata, and written back without loss.</summary>
/// <param name="Deserialized">The body was read (or there was nothing to read).</param>
/// <param name="Lossless">Written back through the server-direction metadata, it lost nothing.</param>
/// <param name="Problem">What went wrong, when either is false.</param>
public sealed record RoundTripResult(bool Deserialized, bool Lossless, string? Problem)
{
    public static readonly RoundTripResult Whole = new(true, true, null);
}

/// <summary>
/// Steps 1 and 2 of the measurement against real Atlas, for one 2xx body and the method of its recorded version: the
/// body deserializes with the client-direction metadata, and the value, written back through the server-direction
/// metadata, keeps every recorded property (<see cref="JsonLoss"/>). A method that returns a stream or text hands the
/// bytes over untouched; one that returns nothing may only meet an empty body.
/// </summary>
public static class RecordedBodyRoundTrip
{
    public static RoundTripResult Check(Recording recording, ClientOperation operation, ClientOperations client)
    {
        var resultType = operation.ResultType;
        if (resultType is null)
        {
            return recording.IsJson && IsEmptyJson(recording.Body)
                ? RoundTripResult.Whole
                : new(false, false, $"Atlas sent a {recording.MediaType} body ({recording.Body.Length} bytes); the method returns no body");
        }

        if (resultType == typeof(Stream) || resultType == typeof(string) || resultType == typeof(byte[]))
        {
            return RoundTripResult.Whole;
        }

        if (!recording.IsJson)
        {
            return new(false, false, $"media type: Atlas sent {recording.MediaType}, the method reads a {resultType.Name} as JSON");
        }

        object? value;
        try
        {
            value = JsonSerializer.Deserialize(recording.Body, ClientOperations.TypeInfo(client.ClientJson, resultType));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            return new(false, false, $"{resultType.Name}: {ex.GetType().Name}: {ex.Message}");
        }

        JsonElement written;
        try
        {
            written = JsonSerializer.SerializeToElement(value, ClientOperations.TypeInfo(client.ServerJson, resultType));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return new(true, false, $"{resultType.Name} does not write back: {ex.GetType().Name}: {ex.Message}");
        }

        using var recorded = JsonDocument.Parse(recording.Body);
        var losses = JsonLoss.Find(recorded.RootElement, written);
        return losses.Count == 0
            ? RoundTripResult.Whole
            : new(true, false, $"{resultType.Name} loses {losses.Count}: " + string.Join(", ", losses.Take(12)) + (losses.Count > 12 ? ", …" : ""));
    }

    /// <summary>"{}" or "null": nothing to read, nothing to lose.</summary>
    private static bool IsEmptyJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Null
                || document.RootElement.ValueKind == JsonValueKind.Object && !document.RootElement.EnumerateObject().Any();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

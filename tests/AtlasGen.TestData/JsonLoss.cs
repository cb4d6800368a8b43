using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace AtlasGen.TestData;

/// <summary>
/// What a written-back value lost of the recorded JSON: each recorded property must come back, recursively, with the
/// same value. Numbers compare by value (<c>1.0</c> = <c>1</c>), strings that are both dates by instant
/// (<c>2026-08-10T03:02:39Z</c> = <c>2026-08-10T03:02:39+00:00</c>). A recorded <c>null</c> may come back absent: it
/// carries no value. Properties the write adds are not a loss.
/// </summary>
public static class JsonLoss
{
    /// <summary>The JSON paths lost or changed, e.g. <c>$.results[0].tags (lost)</c>; empty when nothing was lost.</summary>
    public static IReadOnlyList<string> Find(JsonElement recorded, JsonElement written)
    {
        var losses = new List<string>();
        Compare(recorded, written, "$", losses);
        return losses;
    }

    private static void Compare(JsonElement recorded, JsonElement written, string path, List<string> losses)
    {
        switch (recorded.ValueKind)
        {
            case JsonValueKind.Object when written.ValueKind == JsonValueKind.Object:
                foreach (var property in recorded.EnumerateObject())
                {
                    var child = path + "." + property.Name;
                    if (written.TryGetProperty(property.Name, out var value))
                    {
                        Compare(property.Value, value, child, losses);
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        losses.Add(child + " (lost)");
                    }
                }

                break;
            case JsonValueKind.Array when written.ValueKind == JsonValueKind.Array:
                if (recorded.GetArrayLength() != written.GetArrayLength())
                {
                    losses.Add($"{path} ({recorded.GetArrayLength()} items written back as {written.GetArrayLength()})");
                    break;
                }

                var index = 0;
                using (var writtenItems = written.EnumerateArray())
                {
                    foreach (var item in recorded.EnumerateArray())
                    {
                        writtenItems.MoveNext();
                        Compare(item, writtenItems.Current, $"{path}[{index++}]", losses);
                    }
                }

                break;
            default:
                if (!SameScalar(recorded, written))
                {
                    losses.Add($"{path} (changed: {Show(recorded)} written back as {Show(written)})");
                }

                break;
        }
    }

    private static bool SameScalar(JsonElement recorded, JsonElement written)
    {
        if (recorded.ValueKind != written.ValueKind)
        {
            return false;
        }

        return recorded.ValueKind switch
        {
            JsonValueKind.Number => recorded.TryGetDecimal(out var a) && written.TryGetDecimal(out var b)
                ? a == b
                : recorded.GetDouble().Equals(written.GetDouble()),
            JsonValueKind.String => recorded.GetString() == written.GetString() || SameInstant(recorded.GetString()!, written.GetString()!),
            // Objects and arrays reach here only when the other side is not one.
            JsonValueKind.Object or JsonValueKind.Array => false,
            _ => true,
        };
    }

    private static bool SameInstant(string recorded, string written)
        => DateTimeOffset.TryParse(recorded, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var a)
            && DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var b)
            && a == b && LooksLikeDate(recorded);

    // DateTimeOffset.TryParse also accepts "1" or "3.6"; only an ISO date-time is a date here.
    private static bool LooksLikeDate(string text) => text.Length >= 10 && text[4] == '-' && text[7] == '-';

    private static string Show(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.Undefined ? "nothing" : value.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}

using System.Text.Json;

namespace AtlasGen.Runtime;

/// <summary>
/// Picks the variant of a generated union (oneOf or anyOf) that a JSON object is, from the properties it carries, so
/// that each variant's own properties survive when no discriminator decides (or when several variants share a value).
/// </summary>
public static class AtlasUnionMatcher
{
    /// <summary>
    /// The index of the variant <paramref name="element"/> fits best, or -1 when it fits none (the union then keeps the
    /// raw JSON). A variant fits when the object carries all of its required properties and at least one property it
    /// declares; the best declares the most of the object's properties, then the fewest others (the tighter fit). Two
    /// variants that fit equally well are ambiguous: -1.
    /// </summary>
    /// <param name="element">A JSON object.</param>
    /// <param name="required">Each variant's required property names.</param>
    /// <param name="declared">Each variant's declared property names, sorted ordinally.</param>
    /// <param name="candidates">The variants a discriminator value selected; null for every variant. One candidate is taken as is.</param>
    public static int Pick(JsonElement element, string[][] required, string[][] declared, int[]? candidates)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(declared);
        if (candidates is { Length: 1 })
        {
            return candidates[0];
        }

        if (element.ValueKind != JsonValueKind.Object || (candidates is not null && candidates.Length == 0))
        {
            return -1;
        }

        var best = -1;
        var bestMatched = -1;
        var tied = false;
        var count = candidates?.Length ?? required.Length;
        for (var n = 0; n < count; n++)
        {
            var variant = candidates?[n] ?? n;
            if (!HasAll(element, required[variant]))
            {
                continue;
            }

            var matched = 0;
            var isEmpty = true;
            foreach (var property in element.EnumerateObject())
            {
                isEmpty = false;
                if (Array.BinarySearch(declared[variant], property.Name, StringComparer.Ordinal) >= 0)
                {
                    matched++;
                }
            }

            if (matched == 0 && !isEmpty)
            {
                continue;
            }

            if (matched > bestMatched || (matched == bestMatched && declared[variant].Length < declared[best].Length))
            {
                best = variant;
                bestMatched = matched;
                tied = false;
            }
            else if (matched == bestMatched && declared[variant].Length == declared[best].Length)
            {
                tied = true;
            }
        }

        // Two variants that fit equally well leave the body ambiguous: it keeps its raw JSON rather than a guess.
        return tied ? -1 : best;
    }

    private static bool HasAll(JsonElement element, string[] names)
    {
        foreach (var name in names)
        {
            if (!element.TryGetProperty(name, out _))
            {
                return false;
            }
        }

        return true;
    }
}

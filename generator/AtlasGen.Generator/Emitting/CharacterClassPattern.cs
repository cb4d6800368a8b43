using System.Text;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// A spec pattern of one shape, the commonest in Atlas (<c>^([a-f0-9]{24})$</c>): anchored, one character class repeated
/// between two counts, optionally in a group. Such a pattern is checked by <c>AtlasCharacterSet</c> in the runtime, so an
/// app whose checks all have this shape doesn't carry System.Text.RegularExpressions. Any other pattern (alternation,
/// sequences, look-arounds, escapes outside the small set below) is left to Regex.
/// </summary>
/// <param name="Ranges">The class as inclusive ranges, two characters each ("af09" for a-f and 0-9).</param>
/// <param name="Letters">The class holds <c>\p{L}</c>.</param>
/// <param name="Numbers">The class holds <c>\p{N}</c>.</param>
internal sealed record CharacterClassPattern(string Ranges, bool Letters, bool Numbers, int MinCount, int MaxCount)
{
    /// <summary>The pattern's shape, or null when it has another one.</summary>
    public static CharacterClassPattern? Parse(string pattern)
    {
        var at = 0;
        if (!Take(pattern, ref at, '^'))
        {
            return null;
        }

        var grouped = Take(pattern, ref at, '(');
        var set = ParseClass(pattern, ref at);
        if (set is null)
        {
            return null;
        }

        int min = 1, max = 1;
        var quantified = Quantifier(pattern, ref at, ref min, ref max);
        if (grouped && !Take(pattern, ref at, ')'))
        {
            return null;
        }

        if (grouped && !quantified)
        {
            Quantifier(pattern, ref at, ref min, ref max);
        }

        if (!Take(pattern, ref at, '$') || at != pattern.Length)
        {
            return null;
        }

        return set with { MinCount = min, MaxCount = max };
    }

    private static CharacterClassPattern? ParseClass(string pattern, ref int at)
    {
        if (!Take(pattern, ref at, '[') || (at < pattern.Length && pattern[at] == '^'))
        {
            return null;
        }

        var ranges = new StringBuilder();
        bool letters = false, numbers = false;
        var count = 0;
        while (at < pattern.Length && pattern[at] != ']')
        {
            if (at + 4 < pattern.Length && pattern[at] == '\\' && pattern[at + 1] == 'p' && pattern[at + 2] == '{' && pattern[at + 4] == '}' && pattern[at + 3] is 'L' or 'N')
            {
                letters |= pattern[at + 3] == 'L';
                numbers |= pattern[at + 3] == 'N';
                at += 5;
                count++;
                continue;
            }

            if (ClassCharacter(pattern, ref at) is not { } from)
            {
                return null;
            }

            // A '-' between two characters makes a range; first or last in the class it is itself.
            var to = from;
            if (at + 1 < pattern.Length && pattern[at] == '-' && pattern[at + 1] != ']')
            {
                at++;
                if (ClassCharacter(pattern, ref at) is not { } last || last < from)
                {
                    return null;
                }

                to = last;
            }

            ranges.Append(from).Append(to);
            count++;
        }

        if (!Take(pattern, ref at, ']') || count == 0)
        {
            return null;
        }

        return new CharacterClassPattern(ranges.ToString(), letters, numbers, 1, 1);
    }

    /// <summary>
    /// Reads one character of a class: itself, or an escaped punctuation character; null for any other escape, a nested
    /// '[' or a control character.
    /// </summary>
    private static char? ClassCharacter(string pattern, ref int at)
    {
        if (pattern[at] == '\\')
        {
            // Only escapes of punctuation mean the character itself.
            if (at + 1 >= pattern.Length || !IsEscapablePunctuation(pattern[at + 1]))
            {
                return null;
            }

            at += 2;
            return pattern[at - 1];
        }

        if (pattern[at] == '[' || char.IsControl(pattern[at]))
        {
            return null;
        }

        at++;
        return pattern[at - 1];
    }

    /// <summary>Reads {n}, {n,m}, {n,}, ?, * or +; false (counts untouched) when there is none.</summary>
    private static bool Quantifier(string pattern, ref int at, ref int min, ref int max)
    {
        if (at >= pattern.Length)
        {
            return false;
        }

        switch (pattern[at])
        {
            case '?':
                (min, max, at) = (0, 1, at + 1);
                return true;
            case '*':
                (min, max, at) = (0, int.MaxValue, at + 1);
                return true;
            case '+':
                (min, max, at) = (1, int.MaxValue, at + 1);
                return true;
            case '{':
                var close = pattern.IndexOf('}', at);
                if (close < 0)
                {
                    return false;
                }

                var parts = pattern.Substring(at + 1, close - at - 1).Split(',');
                if (parts.Length > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var low))
                {
                    return false;
                }

                var high = low;
                if (parts.Length == 2 && !(parts[1].Length == 0 ? (high = int.MaxValue) > 0 : int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out high)))
                {
                    return false;
                }

                if (high < low)
                {
                    return false;
                }

                (min, max, at) = (low, high, close + 1);
                return true;
            default:
                return false;
        }
    }

    private static bool Take(string pattern, ref int at, char expected)
    {
        if (at < pattern.Length && pattern[at] == expected)
        {
            at++;
            return true;
        }

        return false;
    }

    private static bool IsEscapablePunctuation(char c) => c is '-' or '.' or '\\' or ']' or '[' or '^' or '/' or '(' or ')' or '+' or '*' or '?' or '{' or '}' or '|' or '$' or ':' or '_' or '\'' or '@' or '&' or ',';
}

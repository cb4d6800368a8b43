namespace AtlasGen.Runtime;

/// <summary>
/// The character class of a pattern with one class repeated (<c>^([a-f0-9]{24})$</c>), as the generator reads it:
/// inclusive ranges, plus Unicode letters (<c>\p{L}</c>) and numbers (<c>\p{N}</c>). Checked without Regex, so an app
/// whose patterns all have this shape does not carry the regex engine.
/// </summary>
/// <param name="ranges">Inclusive ranges, two characters each: "af09" is a-f and 0-9.</param>
/// <param name="letters">Any Unicode letter matches (<c>\p{L}</c>).</param>
/// <param name="numbers">Any Unicode number matches (<c>\p{N}</c>).</param>
public readonly struct AtlasCharacterSet(string ranges, bool letters = false, bool numbers = false)
{
    /// <summary>True when <paramref name="value"/> is <paramref name="minCount"/> to <paramref name="maxCount"/> characters of the set, as Regex's <c>^[set]{min,max}$</c> decides (which also accepts one final '\n').</summary>
    public bool Matches(string value, int minCount, int maxCount)
    {
        var length = value.Length > 0 && value[^1] == '\n' ? value.Length - 1 : value.Length;
        if (length < minCount || length > maxCount)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!Contains(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Contains(char c)
    {
        for (var i = 0; i + 1 < ranges.Length; i += 2)
        {
            if (c >= ranges[i] && c <= ranges[i + 1])
            {
                return true;
            }
        }

        return (letters && char.IsLetter(c)) || (numbers && char.IsNumber(c));
    }
}

using System.Text;

namespace AtlasGen.Runtime;

/// <summary>
/// Parses <c>WWW-Authenticate</c> values (RFC 7235 §4.1). One header may hold several challenges, and a comma
/// separates both challenges and parameters, so a token not followed by '=' starts the next challenge.
/// </summary>
internal static class HttpChallengeParser
{
    /// <summary>Parses every challenge of every header value, in order. Malformed tails are dropped, not thrown.</summary>
    public static List<HttpAuthenticationChallenge> Parse(IEnumerable<string> headerValues)
    {
        var result = new List<HttpAuthenticationChallenge>();
        foreach (var value in headerValues)
        {
            ParseInto(value, result);
        }

        return result;
    }

    /// <summary>Parses the challenges of one header value.</summary>
    public static List<HttpAuthenticationChallenge> Parse(string headerValue)
    {
        var result = new List<HttpAuthenticationChallenge>();
        ParseInto(headerValue, result);
        return result;
    }

    private static void ParseInto(string s, List<HttpAuthenticationChallenge> result)
    {
        var i = 0;
        while (true)
        {
            SkipSeparators(s, ref i);
            var scheme = ReadToken(s, ref i);
            if (scheme.Length == 0)
            {
                return; // end, or garbage we cannot resync from
            }

            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string? token68 = null;
            SkipWhitespace(s, ref i);

            if (TryReadToken68(s, ref i, out var t68))
            {
                token68 = t68;
            }
            else
            {
                while (true)
                {
                    SkipSeparators(s, ref i);
                    var start = i;
                    var name = ReadToken(s, ref i);
                    if (name.Length == 0)
                    {
                        break;
                    }

                    SkipWhitespace(s, ref i);
                    if (i >= s.Length || s[i] != '=')
                    {
                        i = start; // a bare token: the next challenge's scheme
                        break;
                    }

                    i++;
                    SkipWhitespace(s, ref i);
                    var value = i < s.Length && s[i] == '"' ? ReadQuotedString(s, ref i) : ReadToken(s, ref i);
                    parameters.TryAdd(name, value); // RFC 7235: each name at most once; keep the first
                    SkipWhitespace(s, ref i);
                    if (i < s.Length && s[i] != ',')
                    {
                        // Junk after a value: skip to the next comma so one bad param does not lose the rest.
                        while (i < s.Length && s[i] != ',')
                        {
                            i++;
                        }
                    }
                }
            }

            result.Add(new HttpAuthenticationChallenge(scheme, parameters, token68));
        }
    }

    // token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=", then a comma or the end.
    // An auth-param name is always followed by '=' and a value, so the two cannot be confused.
    private static bool TryReadToken68(string s, ref int i, out string token68)
    {
        var j = i;
        while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '-' or '.' or '_' or '~' or '+' or '/'))
        {
            j++;
        }

        var hasBody = j > i;
        while (j < s.Length && s[j] == '=')
        {
            j++;
        }

        var k = j;
        SkipWhitespace(s, ref k);
        if (hasBody && (k >= s.Length || s[k] == ','))
        {
            token68 = s.Substring(i, j - i);
            i = k;
            return true;
        }

        token68 = string.Empty;
        return false;
    }

    private static string ReadToken(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsTokenChar(s[i]))
        {
            i++;
        }

        return s.Substring(start, i - start);
    }

    private static string ReadQuotedString(string s, ref int i)
    {
        var builder = new StringBuilder();
        i++; // opening quote
        while (i < s.Length)
        {
            var c = s[i++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\' && i < s.Length)
            {
                c = s[i++]; // quoted-pair: the next character stands for itself
            }

            builder.Append(c);
        }

        return builder.ToString(); // unterminated: keep what there is
    }

    private static void SkipWhitespace(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t')
        {
            i++;
        }
    }

    private static void SkipSeparators(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or ',')
        {
            i++;
        }
    }

    // tchar from RFC 7230 §3.2.6.
    private static bool IsTokenChar(char c)
        => char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}

using System.Text;

namespace AtlasGen.Simulator.Authentication;

/// <summary>
/// Parses an <c>Authorization: Digest ...</c> header into its auth-params (RFC 7616 section 3.4):
/// comma-separated <c>name=token</c> or <c>name="quoted string"</c>, names case-insensitive.
/// </summary>
public static class DigestCredentialsParser
{
    private const string Scheme = "Digest";

    /// <summary>The auth-params of a whole <c>Digest ...</c> header value; null when it is another scheme or malformed.</summary>
    public static Dictionary<string, string>? TryParse(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var span = header.AsSpan().Trim();
        if (span.Length <= Scheme.Length || !span.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(span[Scheme.Length]))
        {
            return null;
        }

        return TryParseParameters(span[Scheme.Length..]);
    }

    /// <summary>The auth-params alone (what follows the scheme); null when malformed or a parameter repeats.</summary>
    public static Dictionary<string, string>? TryParseParameters(ReadOnlySpan<char> span)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (true)
        {
            while (i < span.Length && (char.IsWhiteSpace(span[i]) || span[i] == ','))
            {
                i++;
            }

            if (i >= span.Length)
            {
                return fields;
            }

            var nameStart = i;
            while (i < span.Length && span[i] != '=' && !char.IsWhiteSpace(span[i]) && span[i] != ',')
            {
                i++;
            }

            var name = span[nameStart..i].ToString();
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            if (name.Length == 0 || i >= span.Length || span[i] != '=')
            {
                return null;
            }

            i++;
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            string value;
            if (i < span.Length && span[i] == '"')
            {
                var builder = new StringBuilder();
                i++;
                var closed = false;
                while (i < span.Length)
                {
                    var c = span[i++];
                    if (c == '\\' && i < span.Length)
                    {
                        builder.Append(span[i++]);
                    }
                    else if (c == '"')
                    {
                        closed = true;
                        break;
                    }
                    else
                    {
                        builder.Append(c);
                    }
                }

                if (!closed)
                {
                    return null;
                }

                value = builder.ToString();
            }
            else
            {
                var valueStart = i;
                while (i < span.Length && span[i] != ',' && !char.IsWhiteSpace(span[i]))
                {
                    i++;
                }

                value = span[valueStart..i].ToString();
            }

            // A repeated parameter makes the credentials ambiguous; RFC 7616 lets a server refuse them.
            if (!fields.TryAdd(name, value))
            {
                return null;
            }
        }
    }
}

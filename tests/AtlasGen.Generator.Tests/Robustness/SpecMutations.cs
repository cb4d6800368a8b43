using System.Text;
using System.Text.RegularExpressions;

namespace AtlasGen.Generator.Tests.Robustness;

/// <summary>
/// One change to a spec's text. Positions are generated as plain seeds and mapped onto whatever the text holds
/// (the n-th line, the n-th $ref), so a mutation applies to any spec, also after an earlier mutation, and
/// shrinking a seed toward 0 moves the change toward the top of the file.
/// </summary>
internal abstract record SpecMutation
{
    public abstract string Apply(string text);

    /// <summary>
    /// Edits the block (a key line and the lines indented under it) that <paramref name="lineSeed"/> picks among the
    /// text's key lines; the text unchanged when it has none.
    /// </summary>
    protected static string EditBlock(string text, int lineSeed, Action<List<string>, int, int> edit)
    {
        var lines = SpecText.Lines(text);
        var keys = SpecText.KeyLines(lines);
        var index = SpecText.Pick(lineSeed, keys.Count);
        if (index < 0)
        {
            return text;
        }

        var start = keys[index];
        edit(lines, start, SpecText.BlockEnd(lines, start));
        return SpecText.Join(lines);
    }
}

/// <summary>Deletes a run of lines: keys lose their values, blocks lose their parents.</summary>
internal sealed record DeleteLines(int StartSeed, int Count) : SpecMutation
{
    public override string Apply(string text)
    {
        var lines = SpecText.Lines(text);
        var start = SpecText.Pick(StartSeed, lines.Count);
        lines.RemoveRange(start, Math.Min(Count, lines.Count - start));
        return SpecText.Join(lines);
    }
}

/// <summary>Cuts the file off, possibly mid-token or between the halves of a surrogate pair.</summary>
internal sealed record Truncate(int OffsetSeed) : SpecMutation
{
    public override string Apply(string text) => text.Substring(0, SpecText.Pick(OffsetSeed, text.Length + 1));
}

/// <summary>Inserts characters the spec's author never meant: raw bytes, any UTF-16 unit (lone surrogates too), NULs.</summary>
internal sealed record InsertNoise(int OffsetSeed, string Noise) : SpecMutation
{
    /// <summary>Bytes read as a file of unknown encoding is: as Latin-1 (one char each) or as UTF-8 (invalid runs become U+FFFD).</summary>
    public static string FromBytes(byte[] bytes, bool asUtf8) => asUtf8 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);

    public override string Apply(string text)
    {
        var offset = SpecText.Pick(OffsetSeed, text.Length + 1);
        return text.Substring(0, offset) + Noise + text.Substring(offset);
    }

    // The printed case must survive a terminal and a log, so the noise is shown escaped.
    protected override bool PrintMembers(StringBuilder builder)
    {
        builder.Append("OffsetSeed = ").Append(OffsetSeed).Append(", Noise = ").Append(SpecText.Quote(Noise));
        return true;
    }
}

/// <summary>Swaps a scalar type for another (string to integer, array, object, boolean, and back), or for something that is not a type.</summary>
/// <remarks><see cref="NewType"/> is written as it is, in JSON syntax (which YAML reads too).</remarks>
internal sealed record SwapScalarType(int OccurrenceSeed, string NewType) : SpecMutation
{
    /// <summary>The six types, and beyond them: names no reader knows, a 3.1-style list, null, a map, a number.</summary>
    public static readonly string[] NewTypes =
    {
        "\"string\"", "\"integer\"", "\"number\"", "\"boolean\"", "\"array\"", "\"object\"",
        "\"null\"", "\"int\"", "\"\"", "[\"string\", \"null\"]", "null", "{\"a\": 1}", "7",
    };

    private static readonly Regex s_type = new(@"(?<key>[""']?type[""']?\s*:[ \t]*)(?<value>[""']?(?:string|integer|number|boolean|array|object)[""']?)(?=\s|,|}|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public override string Apply(string text) => SpecText.ReplaceNth(text, s_type, OccurrenceSeed, "value", _ => NewType);
}

/// <summary>Points a $ref somewhere it cannot go: a missing component, a component that is not a schema, another file, nowhere.</summary>
internal sealed record BreakReference(int OccurrenceSeed, string Target) : SpecMutation
{
    public static readonly string[] Targets =
    {
        "#/components/schemas/DoesNotExist",
        "#/components/parameters/envelope",
        "#/components/responses/unauthorized",
        "#/components/schemas",
        "#/info",
        "#/paths",
        "#",
        "",
        "other.yaml#/components/schemas/Thing",
        "../common/schemas.json",
        "#/components/schemas/ApiError/properties/detail",
        "#/components/schemas/Cluster/properties/children/items",
        "#/components/schemas/Has~1Slash",
        "#components/schemas/Cluster",
        "#/components/schemas/%7Bencoded%7D",
    };

    private static readonly Regex s_reference = SpecText.KeyValue("$ref");

    public override string Apply(string text) => SpecText.ReplaceNth(text, s_reference, OccurrenceSeed, "value", _ => SpecText.Quote(Target));
}

/// <summary>Writes a key a second time, with its whole block, right after the first.</summary>
internal sealed record DuplicateKey(int LineSeed) : SpecMutation
{
    public override string Apply(string text)
        => EditBlock(text, LineSeed, (lines, start, end) => lines.InsertRange(end, lines.GetRange(start, end - start)));
}

/// <summary>Moves a block left or right, or indents it with a tab, so it belongs to another parent or to none.</summary>
internal sealed record Reindent(int LineSeed, int Delta) : SpecMutation
{
    /// <summary>A delta of 0 means: indent with a tab instead of spaces, which YAML forbids.</summary>
    public static readonly int[] Deltas = { -4, -2, -1, 1, 2, 4, 0 };

    public override string Apply(string text)
        => EditBlock(text, LineSeed, (lines, start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var indent = SpecText.Indent(lines[i]);
                lines[i] = Delta switch
                {
                    0 => "\t" + lines[i].TrimStart(' '),
                    > 0 => new string(' ', Delta) + lines[i],
                    _ => lines[i].Substring(Math.Min(-Delta, indent)),
                };
            }
        });
}

/// <summary>Replaces an enum's values: numbers, nulls, nested maps, duplicates, names C# cannot use, or a non-list.</summary>
internal sealed record ReplaceEnum(int OccurrenceSeed, string Values) : SpecMutation
{
    public static readonly string[] Replacements =
    {
        "[1, 2, 3]",
        "[null, null]",
        "[{\"a\": 1}, {\"b\": [2, 3]}]",
        "[]",
        "[1, \"one\", null, true, 2.5]",
        "[\"A\", \"A\", \"a\"]",
        "[\"class\", \"1st\", \"\", \"-\", \"A B\", \"a-b\", \"a_b\", \"Value\", \"ToString\", \"KnownValues\"]",
        "[\"\\\"quoted\\\"\", \"back\\\\slash\", \"new\\nline\", \"nul\\u0000\", \"{0}\", \"*/\", \"#region\", \"\\u00e9t\\u00e9\"]",
        "[9223372036854775808, -1, 1e400, -0.0]",
        "{\"a\": 1}",
        "5",
        "null",
        "[[1, 2], [3]]",
    };

    private static readonly Regex s_enumKey = new(@"(?<=^|[\s{,])[""']?enum[""']?\s*:", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public override string Apply(string text)
    {
        var matches = s_enumKey.Matches(text);
        var index = SpecText.Pick(OccurrenceSeed, matches.Count);
        if (index < 0)
        {
            return text;
        }

        var valueStart = matches[index].Index + matches[index].Length;
        return text.Substring(0, valueStart) + " " + Values + text.Substring(ValueEnd(text, valueStart));
    }

    /// <summary>Where the old value ends: its closing bracket for a flow list, else the last item of a YAML block list.</summary>
    private static int ValueEnd(string text, int valueStart)
    {
        var lineEnd = text.IndexOf('\n', valueStart);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var rest = text.Substring(valueStart, lineEnd - valueStart);
        var open = rest.IndexOf('[');
        if (open >= 0)
        {
            var depth = 0;
            for (var i = valueStart + open; i < text.Length; i++)
            {
                depth += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
                if (depth == 0)
                {
                    return i + 1;
                }
            }

            return text.Length;
        }

        if (rest.Trim().Length > 0)
        {
            return lineEnd;
        }

        // A block list: items may sit at the key's own indentation.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, valueStart - 1)) + 1;
        var keyIndent = SpecText.Indent(text.Substring(lineStart, valueStart - lineStart));
        var end = lineEnd;
        while (end < text.Length)
        {
            var next = text.IndexOf('\n', end + 1);
            next = next < 0 ? text.Length : next;
            var line = text.Substring(end + 1, next - end - 1);
            var indent = SpecText.Indent(line);
            if (!(indent > keyIndent || (indent == keyIndent && line.TrimStart().StartsWith('-'))))
            {
                break;
            }

            end = next;
        }

        return end;
    }
}

/// <summary>Makes operationIds collide: the same name, one that differs in case or separators, or one that names a member every client already has.</summary>
internal sealed record CollideOperationIds(int FromSeed, int ToSeed, string Style) : SpecMutation
{
    public static readonly string[] Styles = { "same", "case", "separator", "async", "all", "empty", "keyword", "digits", "member" };

    private static readonly Regex s_operationId = SpecText.KeyValue("operationId");

    public override string Apply(string text)
    {
        var matches = s_operationId.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var source = matches[SpecText.Pick(FromSeed, matches.Count)].Groups["value"].Value.Trim('"', '\'');
        string NewId(Match _) => SpecText.Quote(Style switch
        {
            "case" => source.Length == 0 ? "X" : (char.IsUpper(source[0]) ? char.ToLowerInvariant(source[0]) : char.ToUpperInvariant(source[0])) + source.Substring(1),
            "separator" => source.Length < 2 ? source + "_" : source.Substring(0, 1) + "-" + source.Substring(1),
            "async" => source + "Async",
            "empty" => "",
            "keyword" => "class",
            "digits" => "123",
            "member" => "Dispose",
            _ => source,
        });

        if (Style == "all")
        {
            return s_operationId.Replace(text, m => m.Groups["key"].Value + NewId(m));
        }

        return SpecText.ReplaceNth(text, s_operationId, ToSeed, "value", NewId);
    }
}

/// <summary>Replaces a pattern with one .NET cannot compile, one that is hard to embed in C#, or a value that is not a string.</summary>
internal sealed record BreakPattern(int OccurrenceSeed, string Pattern, bool Raw) : SpecMutation
{
    public static readonly string[] Patterns =
    {
        "(unclosed", "[z-a]", "*leading", "a{2,1}", "\\", "(?<n>a)\\k<m>", "(?P<x>a)", "\\p{NotAProperty}", "a**",
        "\"", "\\\"", "a\"b\\", "\0", "{0}", "\n", "", "*/", "\u2028", "^[\\p{L}]+$", "(?<=a)b", "%2F%2f",
    };

    /// <summary>Written as they are (not as a string): the value is not a string at all.</summary>
    public static readonly string[] RawValues = { "5", "[\"a\"]", "{\"a\": \"b\"}", "null", "true" };

    private static readonly Regex s_pattern = new(@"(?<key>[""']?pattern[""']?\s*:[ \t]*)(?<value>""(?:[^""\\\n]|\\.)*""|'(?:[^'\n]|'')*'|[^\n]*[^\s,])", RegexOptions.CultureInvariant);

    public override string Apply(string text) => SpecText.ReplaceNth(text, s_pattern, OccurrenceSeed, "value", _ => Raw ? Pattern : SpecText.Quote(Pattern));
}

/// <summary>Makes a component schema refer to itself through allOf (or oneOf), directly or through a neighbour, optionally as a polymorphic base.</summary>
internal sealed record ReferenceCycle(int ComponentSeed, string Kind) : SpecMutation
{
    public static readonly string[] Kinds = { "self-allOf", "mutual-allOf", "self-allOf-discriminator", "mutual-allOf-discriminator", "self-oneOf", "self-items" };

    public override string Apply(string text)
    {
        var lines = SpecText.Lines(text);
        var components = ComponentSchemas(lines);
        var index = SpecText.Pick(ComponentSeed, components.Count);
        if (index < 0)
        {
            return text;
        }

        var (line, name) = components[index];
        var (otherLine, other) = components[(index + 1) % components.Count];
        var json = lines[line].TrimEnd().EndsWith('{');
        var mutual = Kind.StartsWith("mutual", StringComparison.Ordinal);
        var discriminator = Kind.EndsWith("discriminator", StringComparison.Ordinal);
        var keyword = Kind switch { "self-oneOf" => "oneOf", "self-items" => "items", _ => "allOf" };

        // Insert into the later line first so the earlier index stays valid.
        var inserts = new List<(int Line, string Target)> { (line, mutual ? other : name) };
        if (mutual && otherLine != line)
        {
            inserts.Add((otherLine, name));
        }

        foreach (var (at, target) in inserts.OrderByDescending(i => i.Line))
        {
            var indent = new string(' ', SpecText.Indent(lines[at]) + 2);
            var reference = "{\"$ref\": \"#/components/schemas/" + target + "\"}";
            var added = new List<string> { indent + Key("\"" + keyword + "\"", json) + (keyword == "items" ? reference : "[" + reference + "]") + (json ? "," : "") };
            if (discriminator)
            {
                added.Add(indent + Key("\"discriminator\"", json) + "{\"propertyName\": \"kind\"}" + (json ? "," : ""));
            }

            lines.InsertRange(at + 1, added);
        }

        return SpecText.Join(lines);
    }

    private static string Key(string quoted, bool json) => (json ? quoted : quoted.Trim('"')) + ": ";

    /// <summary>The lines that open a schema under components/schemas, with the schema's name; one-line schemas are left out.</summary>
    private static List<(int Line, string Name)> ComponentSchemas(IReadOnlyList<string> lines)
    {
        var result = new List<(int, string)>();
        var components = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var key = SpecText.KeyOf(lines[i]);
            if (key == "components" && SpecText.Indent(lines[i]) <= 2)
            {
                components = SpecText.Indent(lines[i]);
            }
            else if (key == "schemas" && components >= 0 && SpecText.Indent(lines[i]) > components)
            {
                var schemasIndent = SpecText.Indent(lines[i]);
                var childIndent = -1;
                for (var j = i + 1; j < lines.Count && (SpecText.IsBlank(lines[j]) || SpecText.Indent(lines[j]) > schemasIndent); j++)
                {
                    var indent = SpecText.Indent(lines[j]);
                    childIndent = childIndent < 0 && !SpecText.IsBlank(lines[j]) ? indent : childIndent;
                    var trimmed = lines[j].TrimEnd();
                    if (indent == childIndent && SpecText.KeyOf(lines[j]) is { } name && (trimmed.EndsWith(':') || trimmed.EndsWith('{')))
                    {
                        result.Add((j, name));
                    }
                }

                break;
            }
        }

        return result;
    }
}

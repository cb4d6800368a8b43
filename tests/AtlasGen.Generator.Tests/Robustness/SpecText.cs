using System.Text.RegularExpressions;

namespace AtlasGen.Generator.Tests.Robustness;

/// <summary>Line and block helpers the mutators share. They read YAML by indentation and JSON by its line layout, never by parsing: the input may already be broken.</summary>
internal static class SpecText
{
    /// <summary>A mapping key at the start of a line, YAML or JSON: <c>name:</c>, <c>'200':</c>, <c>"name": {</c>.</summary>
    private static readonly Regex s_keyLine = new(@"^(?<indent>[ \t]*)(?<key>""[^""]+""|'[^']+'|[^\s#\-'""{}\[\]][^:#]*?)\s*:(\s|$)", RegexOptions.CultureInvariant);

    public static List<string> Lines(string text) => text.Split('\n').ToList();

    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    public static int Indent(string line) => line.Length - line.TrimStart(' ', '\t').Length;

    public static bool IsBlank(string line) => line.Trim().Length == 0;

    /// <summary>Indices of the lines that start with a mapping key (not list items, so duplicating one duplicates a key).</summary>
    public static List<int> KeyLines(IReadOnlyList<string> lines)
        => Enumerable.Range(0, lines.Count).Where(i => s_keyLine.IsMatch(lines[i])).ToList();

    public static string? KeyOf(string line)
    {
        var match = s_keyLine.Match(line);
        return match.Success ? match.Groups["key"].Value.Trim('"', '\'') : null;
    }

    /// <summary>The end (exclusive) of the block a line opens: the following lines indented deeper, or blank.</summary>
    public static int BlockEnd(IReadOnlyList<string> lines, int start)
    {
        var indent = Indent(lines[start]);
        var end = start + 1;
        while (end < lines.Count && (IsBlank(lines[end]) || Indent(lines[end]) > indent))
        {
            end++;
        }

        return end;
    }

    /// <summary>Picks one of <paramref name="count"/> candidates from a generated seed; shrinking toward 0 picks the first.</summary>
    public static int Pick(int seed, int count) => count == 0 ? -1 : (int)((uint)seed % (uint)count);

    /// <summary>The value of a <c>key: value</c> pair in either syntax, up to the end of the scalar (a quoted string, or up to a comma, brace or line end).</summary>
    public static Regex KeyValue(string key)
        => new(@"(?<key>[""']?" + Regex.Escape(key) + @"[""']?\s*:[ \t]*)(?<value>""(?:[^""\\\n]|\\.)*""|'(?:[^'\n]|'')*'|[^,}\]\n]*[^,}\]\s])", RegexOptions.CultureInvariant);

    /// <summary>Replaces the n-th match (by seed) of a regex group; no match leaves the text as it is.</summary>
    public static string ReplaceNth(string text, Regex regex, int seed, string group, Func<Match, string> replacement)
    {
        var matches = regex.Matches(text);
        var index = Pick(seed, matches.Count);
        if (index < 0)
        {
            return text;
        }

        var target = matches[index].Groups[group];
        return text.Substring(0, target.Index) + replacement(matches[index]) + text.Substring(target.Index + target.Length);
    }

    /// <summary>A value in JSON syntax, which YAML also reads, so one replacement fits both kinds of spec.</summary>
    public static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}

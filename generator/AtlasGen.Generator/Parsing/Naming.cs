using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AtlasGen.Generator.Parsing;

/// <summary>Turns spec names (operationIds, schema names, enum values, tags) into C# identifiers.</summary>
internal static class Naming
{
    private static readonly Dictionary<string, string> s_symbolWords = new(StringComparer.Ordinal)
    {
        ["<"] = "LessThan", [">"] = "GreaterThan", ["<="] = "LessThanOrEqual", [">="] = "GreaterThanOrEqual",
        ["="] = "Equal", ["=="] = "Equal", ["!="] = "NotEqual", ["*"] = "Star", ["+"] = "Plus", ["-"] = "Minus",
        ["/"] = "Slash", ["%"] = "Percent", ["&"] = "And", ["|"] = "Or", ["!"] = "Not",
    };

    /// <summary>PascalCase from any text: words split on non-alphanumerics and case changes; all-caps words title-cased.</summary>
    public static string Pascal(string text)
    {
        if (s_symbolWords.TryGetValue(text.Trim(), out var word))
        {
            return word;
        }

        var builder = new StringBuilder();
        foreach (var part in SplitWords(text))
        {
            // "3.6" must not become "36": keep a separator between two numbers.
            if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(part[0]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            var rest = part.Substring(1);
            builder.Append(IsAllUpper(part) ? rest.ToLowerInvariant() : rest);
        }

        var result = builder.ToString();
        if (result.Length == 0)
        {
            return "Empty";
        }

        return char.IsDigit(result[0]) ? "V" + result : result;
    }

    /// <summary>camelCase, escaped with @ when it is a C# keyword.</summary>
    public static string Camel(string text)
    {
        var pascal = Pascal(text);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>The name without its trailing "Async", and only that one: "ListAsyncJobsAsync" is "ListAsyncJobs".</summary>
    public static string WithoutAsyncSuffix(string methodName)
        => methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - "Async".Length) : methodName;

    /// <summary>True when a PascalCase name ends with another in whole words: "ThirdPartyIntegrationType" ends with "IntegrationType", not with "ntegrationType".</summary>
    public static bool EndsWithWords(string name, string suffix)
        => suffix.Length > 0 && name.EndsWith(suffix, StringComparison.Ordinal)
           && (name.Length == suffix.Length || char.IsUpper(suffix[0]) || char.IsDigit(suffix[0]));

    /// <summary>A crude singular for array-item type names: "roles" becomes "role".</summary>
    public static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 3)
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 2);
        }

        return word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 1
            ? word.Substring(0, word.Length - 1)
            : word;
    }

    /// <summary>Returns <paramref name="candidate"/>, or it with a number appended, so that it is not in <paramref name="taken"/>; records it.</summary>
    public static string Unique(string candidate, ISet<string> taken)
    {
        var name = candidate;
        for (var i = 2; !taken.Add(name); i++)
        {
            name = candidate + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) || c > 127)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            // A lower-to-upper change starts a word ("getProject"), and so does the last capital of
            // an acronym before a lower-case letter ("APIKey" -> "API", "Key").
            var startsWord = current.Length > 0 && char.IsUpper(c)
                && (char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1]) || (i + 1 < text.Length && char.IsLower(text[i + 1])));
            if (startsWord)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static bool IsAllUpper(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AtlasGen.Analyzers.Naming;

/// <summary>
/// Finds the static member the generator emits for a known enum value ("ORG_OWNER" -> OrgOwner,
/// "atlas.project.deployment.clusters" -> AtlasProjectDeploymentClusters). The member is always verified to
/// exist: when it can't be found there is no fix rather than a fix that doesn't compile.
/// </summary>
internal static class EnumMemberNaming
{
    public static string? FindMember(INamedTypeSymbol enumType, string value, ImmutableArray<string> knownValues)
    {
        var name = ToPascalCase(value);
        // Two values with one name get "2" appended by the generator: which member is which is then a guess.
        if (!IsOnlyValueNamed(name, knownValues))
            return null;

        foreach (var member in enumType.GetMembers(name))
        {
            if (IsValueMember(member, enumType))
                return name;
        }

        // Should the generator's naming drift from the copy above, accept the one static member whose
        // letters and digits match the value's, ignoring case and separators.
        var key = Normalize(value);
        string? found = null;
        foreach (var member in enumType.GetMembers())
        {
            if (!IsValueMember(member, enumType) || Normalize(member.Name) != key)
                continue;
            if (found is not null)
                return null;
            found = member.Name;
        }

        return found;
    }

    private static bool IsOnlyValueNamed(string name, ImmutableArray<string> knownValues)
    {
        var count = 0;
        foreach (var known in knownValues)
        {
            if (ToPascalCase(known) == name)
                count++;
        }

        return count <= 1;
    }

    private static readonly Dictionary<string, string> s_symbolWords = new(StringComparer.Ordinal)
    {
        ["<"] = "LessThan", [">"] = "GreaterThan", ["<="] = "LessThanOrEqual", [">="] = "GreaterThanOrEqual",
        ["="] = "Equal", ["=="] = "Equal", ["!="] = "NotEqual", ["*"] = "Star", ["+"] = "Plus", ["-"] = "Minus",
        ["/"] = "Slash", ["%"] = "Percent", ["&"] = "And", ["|"] = "Or", ["!"] = "Not",
    };

    /// <summary>
    /// The generator's rule (generator/AtlasGen.Generator/Parsing/Naming.cs, Pascal), kept in step with it:
    /// words split on non-alphanumerics and case changes, all-caps words title-cased, "V" before a leading digit.
    /// </summary>
    public static string ToPascalCase(string value)
    {
        if (s_symbolWords.TryGetValue(value.Trim(), out var symbolWord))
            return symbolWord;

        var builder = new StringBuilder(value.Length);
        foreach (var word in SplitWords(value))
        {
            // "3.6" must not become "36": a separator stays between two numbers.
            if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(word[0]))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(word[0]));
            var rest = word.Substring(1);
            builder.Append(IsAllUpper(word) ? rest.ToLowerInvariant() : rest);
        }

        if (builder.Length == 0)
            return "Empty";
        return char.IsDigit(builder[0]) ? "V" + builder : builder.ToString();
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

            // A lower-to-upper change starts a word ("getProject"), and so does the last capital of an
            // acronym before a lower-case letter ("APIKey" -> "API", "Key").
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
            yield return current.ToString();
    }

    private static bool IsAllUpper(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static bool IsValueMember(ISymbol member, INamedTypeSymbol enumType) =>
        member.IsStatic && member.DeclaredAccessibility == Accessibility.Public && member switch
        {
            IPropertySymbol property => SymbolEqualityComparer.Default.Equals(property.Type, enumType),
            IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, enumType),
            _ => false,
        };
}

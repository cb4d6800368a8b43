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
    public static string? FindMember(INamedTypeSymbol enumType, string value)
    {
        var name = ToPascalCase(value);
        if (name.Length > 0)
        {
            foreach (var member in enumType.GetMembers(name))
            {
                if (IsValueMember(member, enumType))
                    return name;
            }
        }

        // The generator may case or escape a name differently (a leading digit, say): accept the one
        // static member whose letters and digits match the value's, ignoring case and separators.
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

    /// <summary>Words split at every character that is not a letter or digit; each word capitalized.</summary>
    public static string ToPascalCase(string value)
    {
        var builder = new StringBuilder(value.Length);
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var inWord = i < value.Length && char.IsLetterOrDigit(value[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                AppendWord(builder, value.Substring(start, i - start));
                start = -1;
            }
        }

        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, string word)
    {
        builder.Append(char.ToUpperInvariant(word[0]));
        var rest = word.Substring(1);
        // SHOUTING_CASE words become Pascal; camelCase words keep their inner capitals (readWrite -> ReadWrite).
        builder.Append(IsUpper(word) ? rest.ToLowerInvariant() : rest);
    }

    private static bool IsUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
        }

        return true;
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

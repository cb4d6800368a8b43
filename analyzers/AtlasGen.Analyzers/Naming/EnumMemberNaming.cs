using System.Text;

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
        {
            return null;
        }

        foreach (var member in enumType.GetMembers(name))
        {
            if (IsValueMember(member, enumType))
            {
                return name;
            }
        }

        // A member a newer generator named otherwise: accept the one static member whose letters and digits
        // match the value's, ignoring case and separators.
        var key = Normalize(value);
        string? found = null;
        foreach (var member in enumType.GetMembers())
        {
            if (!IsValueMember(member, enumType) || Normalize(member.Name) != key)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

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
            {
                count++;
            }
        }

        return count <= 1;
    }

    /// <summary>The generator's own rule (generator/AtlasGen.Generator/Parsing/Naming.cs, compiled into this assembly too).</summary>
    public static string ToPascalCase(string value) => AtlasGen.Generator.Parsing.Naming.Pascal(value);

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
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

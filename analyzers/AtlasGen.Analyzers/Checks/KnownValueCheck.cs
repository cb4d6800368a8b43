using AtlasGen.Analyzers.Metadata;
using AtlasGen.Analyzers.Naming;

namespace AtlasGen.Analyzers.Checks;

/// <summary>ATLAS002 and ATLAS006: a constant that is not one of a target's known values.</summary>
internal static class KnownValueCheck
{
    /// <summary>A fix proposal: the C# expression that spells a known value, and how the fix's title shows it.</summary>
    public delegate (string Replacement, string Display)? FixFactory(string knownValue);

    /// <summary>
    /// Null when <paramref name="value"/> is known. Otherwise ATLAS006 when it is a role of the other scope,
    /// else ATLAS002 naming the nearest known value; that one carries a fix when <paramref name="fix"/> gives one.
    /// </summary>
    public static Diagnostic? Check(string value, MemberConstraints constraints, string targetName,
        Location location, Location replaceLocation, FixFactory fix)
    {
        var known = constraints.AllowedValues;
        if (known.IsEmpty || constraints.AllowedValueSet.Contains(value))
        {
            return null;
        }

        if (RoleScope.IsOtherScope(value, known, out var valueScope, out var allowedScope))
        {
            return Diagnostic.Create(DiagnosticDescriptors.RoleInWrongScope, location, value, valueScope, targetName, allowedScope);
        }

        var nearest = EditDistance.Nearest(value, known)!;
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (fix(nearest) is { } proposal)
        {
            properties = properties
                .Add(FixProperties.Replacement, proposal.Replacement)
                .Add(FixProperties.Display, proposal.Display);
        }

        return Diagnostic.Create(DiagnosticDescriptors.UnknownValue, location, new[] { replaceLocation }, properties,
            MessageText.Shorten(value), targetName, nearest);
    }
}

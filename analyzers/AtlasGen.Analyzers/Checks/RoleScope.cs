namespace AtlasGen.Analyzers.Checks;

/// <summary>
/// Atlas roles come in two scopes told apart by their prefix. A role of the other scope is a different
/// mistake from a typo (ATLAS006, not ATLAS002), and edit distance would suggest nonsense for it.
/// </summary>
internal static class RoleScope
{
    private static readonly (string Prefix, string Name)[] s_scopes =
    {
        ("ORG_", "organization (ORG_*)"),
        ("GROUP_", "project (GROUP_*)"),
    };

    /// <summary>
    /// True when every known value has one scope's prefix and <paramref name="value"/> has another's.
    /// </summary>
    public static bool IsOtherScope(string value, ImmutableArray<string> knownValues, out string valueScope, out string allowedScope)
    {
        valueScope = allowedScope = "";
        if (knownValues.IsEmpty)
        {
            return false;
        }

        foreach (var allowed in s_scopes)
        {
            if (!AllStartWith(knownValues, allowed.Prefix))
            {
                continue;
            }

            foreach (var other in s_scopes)
            {
                if (other.Prefix != allowed.Prefix && value.StartsWith(other.Prefix, StringComparison.Ordinal))
                {
                    valueScope = other.Name;
                    allowedScope = allowed.Name;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AllStartWith(ImmutableArray<string> values, string prefix)
    {
        foreach (var value in values)
        {
            if (!value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

namespace AtlasGen.Analyzers;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that carry a ready-made fix from the
/// analyzer (which has the symbols) to the code fix (which only edits syntax).
/// The node to replace is the diagnostic's first additional location.
/// </summary>
internal static class FixProperties
{
    /// <summary>C# expression text to put in place of the node, e.g. <c>global::AtlasGen.Atlas.OrgRole.OrgOwner</c>.</summary>
    public const string Replacement = "AtlasGen.Replacement";

    /// <summary>The replacement as shown in the code action's title, e.g. <c>OrgRole.OrgOwner</c>.</summary>
    public const string Display = "AtlasGen.ReplacementDisplay";
}

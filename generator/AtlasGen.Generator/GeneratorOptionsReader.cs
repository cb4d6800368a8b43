using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AtlasGen.Generator;

/// <summary>
/// Reads AtlasGen's MSBuild options (CompilerVisibleProperty) and their per-file overrides (AdditionalFiles
/// metadata). A bad value is recorded as a problem and replaced by the default, so generation goes on.
/// </summary>
internal static class GeneratorOptionsReader
{
    public const string DefaultNamespace = "AtlasGen.Atlas";
    public const string DefaultClientName = "AtlasClient";

    public static GeneratorOptions Read(AnalyzerConfigOptions global, AnalyzerConfigOptions file)
    {
        var problems = new List<string>();
        var @namespace = Get(global, file, "AtlasGenNamespace") ?? DefaultNamespace;
        if (!IsNamespace(@namespace))
        {
            problems.Add($"AtlasGenNamespace '{@namespace}' is not a valid C# namespace; using '{DefaultNamespace}'");
            @namespace = DefaultNamespace;
        }

        var clientName = Get(global, file, "AtlasGenClientName") ?? DefaultClientName;
        if (!IsIdentifier(clientName))
        {
            problems.Add($"AtlasGenClientName '{clientName}' is not a valid C# identifier; using '{DefaultClientName}'");
            clientName = DefaultClientName;
        }

        var server = false;
        if (Get(global, file, "AtlasGenServerContext") is { } serverText && !bool.TryParse(serverText, out server))
        {
            problems.Add($"AtlasGenServerContext '{serverText}' is not true or false; using false");
        }

        var simulator = false;
        if (Get(global, file, "AtlasGenSimulatorBindings") is { } simulatorText && !bool.TryParse(simulatorText, out simulator))
        {
            problems.Add($"AtlasGenSimulatorBindings '{simulatorText}' is not true or false; using false");
        }

        return new GeneratorOptions(@namespace, clientName, Get(global, file, "AtlasGenTags") ?? "", server, problems.ToEquatableArray(), simulator);
    }

    /// <summary>The file's metadata wins over the project property; empty means unset.</summary>
    private static string? Get(AnalyzerConfigOptions global, AnalyzerConfigOptions file, string name)
    {
        if (file.TryGetValue("build_metadata.AdditionalFiles." + name, out var perFile) && !string.IsNullOrWhiteSpace(perFile))
        {
            return Decode(perFile).Trim();
        }

        return global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? Decode(value).Trim() : null;
    }

    /// <summary>
    /// Undoes AtlasGen.targets' encoding of the characters the analyzer config would read as a comment
    /// (\x3B for ';', \x23 for '#') and of the backslash itself (\x5C), so that "Clusters;Projects" arrives whole.
    /// </summary>
    internal static string Decode(string value)
        => value.IndexOf("\\x", StringComparison.Ordinal) < 0
            ? value
            : value.Replace("\\x3B", ";").Replace("\\x23", "#").Replace("\\x5C", "\\");

    private static bool IsNamespace(string value) => value.Split('.').All(IsIdentifier);

    private static bool IsIdentifier(string value)
        => SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None;
}

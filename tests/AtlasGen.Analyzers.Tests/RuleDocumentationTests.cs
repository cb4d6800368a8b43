using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AtlasGen.Analyzers.Tests;

/// <summary>The rule ids are public surface: each is unique, documented and tracked for release.</summary>
public class RuleDocumentationTests
{
    private static readonly DiagnosticDescriptor[] Rules = AllAnalyzers.Create()
        .SelectMany(a => a.SupportedDiagnostics)
        .DistinctBy(d => d.Id)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    private static string AnalyzersDir => typeof(RuleDocumentationTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AnalyzersDir").Value!;

    [Fact]
    public void RulesAreAtlas001To006_WarningsByDefault()
    {
        Assert.Equal(["ATLAS001", "ATLAS002", "ATLAS003", "ATLAS004", "ATLAS005", "ATLAS006"], Rules.Select(r => r.Id));
        Assert.All(Rules, r => Assert.Equal(DiagnosticSeverity.Warning, r.DefaultSeverity));
        Assert.All(Rules, r => Assert.True(r.IsEnabledByDefault));
    }

    [Fact]
    public void HelpLinks_AreUnderTheConfiguredBaseUrl_OrAbsent()
    {
        Assert.Equal("https://docs.example/atlasgen/v1/analyzers/README.md#atlas001", HelpLinks.For("https://docs.example/atlasgen/v1/", "ATLAS001", "analyzers/README.md"));
        Assert.Null(HelpLinks.For(null, "ATLAS001", "analyzers/README.md"));
        // A build without AtlasGenDocumentationBaseUrl (the default) gives no link rather than one to a page that may not exist.
        Assert.All(Rules, r => Assert.Equal(HelpLinks.BaseUrl is null ? "" : HelpLinks.For(r.Id, "analyzers/README.md"), r.HelpLinkUri));
    }

    [Fact]
    public void EveryRule_HasAHeadingInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(AnalyzersDir, "README.md"));
        foreach (var rule in Rules)
        {
            Assert.Matches(new Regex("^## " + rule.Id + "$", RegexOptions.Multiline), readme);
            Assert.Contains("| [" + rule.Id + "](#" + rule.Id.ToLowerInvariant() + ") |", readme);
        }
    }

    [Fact]
    public void EveryRule_IsInTheReleaseTracking()
    {
        var tracked = File.ReadAllText(Path.Combine(AnalyzersDir, "AtlasGen.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(AnalyzersDir, "AtlasGen.Analyzers", "AnalyzerReleases.Shipped.md"));
        foreach (var rule in Rules)
        {
            Assert.Matches(new Regex("^" + rule.Id + @" \| " + Regex.Escape(rule.Category) + @" \| Warning \|", RegexOptions.Multiline), tracked);
        }
    }
}

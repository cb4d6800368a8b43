using System.Reflection;
using System.Text.RegularExpressions;
using AtlasGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

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
    public void EveryHelpLink_PointsAtAHeadingOfTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(AnalyzersDir, "README.md"));
        foreach (var rule in Rules)
        {
            Assert.Equal("https://github.com/atlasgen/atlasgen/blob/main/analyzers/README.md#" + rule.Id.ToLowerInvariant(), rule.HelpLinkUri);
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
            Assert.Matches(new Regex("^" + rule.Id + @" \| " + Regex.Escape(rule.Category) + @" \| Warning \|", RegexOptions.Multiline), tracked);
    }
}

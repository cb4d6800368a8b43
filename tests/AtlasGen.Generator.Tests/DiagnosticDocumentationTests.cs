using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Tests;

/// <summary>Every generator diagnostic, and the targets' ATLASGEN008, is documented and tracked for release (RS2008).</summary>
public sealed class DiagnosticDocumentationTests
{
    private static readonly DiagnosticDescriptor[] s_descriptors = typeof(AtlasClientGenerator).Assembly
        .GetType("AtlasGen.Generator.DiagnosticDescriptors", throwOnError: true)!
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Every_diagnostic_has_a_heading_in_the_generator_README_ATLASGEN008_included()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generator", "README.md"));
        Assert.True(s_descriptors.Length >= 10, $"found only {s_descriptors.Length} descriptors");
        foreach (var id in s_descriptors.Select(d => d.Id).Append("ATLASGEN008"))
        {
            Assert.Matches(new Regex("^### " + id + "$", RegexOptions.Multiline), readme);
        }

        var targets = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "runtime", "AtlasGen.Runtime", "build", "AtlasGen.targets"));
        Assert.Contains("Code=\"ATLASGEN008\"", targets);
    }

    [Fact]
    public void Every_diagnostic_is_in_the_release_tracking_with_its_category_and_severity()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "generator", "AtlasGen.Generator");
        var tracked = File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in s_descriptors)
        {
            Assert.Matches(new Regex("^" + descriptor.Id + @" \| " + Regex.Escape(descriptor.Category) + @" \| " + descriptor.DefaultSeverity + @" \|", RegexOptions.Multiline), tracked);
        }
    }
}

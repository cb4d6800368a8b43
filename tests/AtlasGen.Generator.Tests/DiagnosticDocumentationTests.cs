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

        // And nothing else: a row for a rule that no longer exists, or one listed twice, is stale.
        var rows = Regex.Matches(tracked, @"^(ATLASGEN\d{3}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(s_descriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), rows.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_README_heading_is_a_diagnostic_and_states_its_severity()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generator", "README.md"));
        var sections = Regex.Matches(readme, @"^### (ATLASGEN\d{3})\n(.*?)(?=^#|\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.Equal(s_descriptors.Select(d => d.Id).Append("ATLASGEN008").OrderBy(id => id, StringComparer.Ordinal), sections.Select(m => m.Groups[1].Value).OrderBy(id => id, StringComparer.Ordinal));
        foreach (var descriptor in s_descriptors)
        {
            var text = sections.Single(m => m.Groups[1].Value == descriptor.Id).Groups[2].Value.TrimEnd();
            Assert.True(text.EndsWith(descriptor.DefaultSeverity + ".", StringComparison.Ordinal), $"{descriptor.Id} is {descriptor.DefaultSeverity}, but its README section ends: {text.Substring(Math.Max(0, text.Length - 40))}");
        }
    }

    [Fact]
    public void Every_descriptor_is_found_by_its_id()
    {
        // Parsed diagnostics carry only the id; one that Find can't turn back into its descriptor would never be reported.
        var find = typeof(AtlasClientGenerator).Assembly.GetType("AtlasGen.Generator.DiagnosticDescriptors", throwOnError: true)!.GetMethod("Find", BindingFlags.Public | BindingFlags.Static)!;
        foreach (var descriptor in s_descriptors)
        {
            Assert.Same(descriptor, find.Invoke(null, new object[] { descriptor.Id }));
        }
    }
}

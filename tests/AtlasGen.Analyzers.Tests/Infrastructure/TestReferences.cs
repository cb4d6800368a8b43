using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AtlasGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// References for test compilations, all offline: the SDK's own reference pack (no package download; the
/// ReferenceAssemblies.Net.* presets need one) plus AtlasGen.Runtime, whose attributes the analyzers read.
/// </summary>
internal static class TestReferences
{
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    public static MetadataReference Runtime { get; } =
        MetadataReference.CreateFromFile(typeof(AtlasGen.Runtime.AtlasPatternAttribute).Assembly.Location);

    public static IReadOnlyList<MetadataReference> Framework { get; } = Directory
        .GetFiles(RefPackDir, "*.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    private static string RefPackDir => typeof(TestReferences).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RefPackDir").Value!;
}

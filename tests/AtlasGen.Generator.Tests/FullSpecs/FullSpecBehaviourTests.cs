using AtlasGen.TestData;
using Xunit.Abstractions;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>
/// From each full spec, 20 operations chosen to cover each construct the generator must handle, called through a
/// recording handler: the request on the wire (method, escaped path, query, Accept, Content-Type, exact JSON) and
/// the deserialized response (runtime types for polymorphism, field values) are checked by a driver compiled next to
/// the generated client (FullSpecs/Drivers).
/// </summary>
public sealed class FullSpecBehaviourTests(ITestOutputHelper output)
{
    /// <summary>Constructs both specs have.</summary>
    private static readonly string[] s_commonConstructs =
    [
        BehaviourConstructs.OneOfWithDiscriminator,
        BehaviourConstructs.OneOfWithoutDiscriminator,
        BehaviourConstructs.DiscriminatorWithoutOneOf,
        BehaviourConstructs.AllOf,
        BehaviourConstructs.ReferenceCycle,
        BehaviourConstructs.Nullable,
        BehaviourConstructs.AdditionalPropertiesRef,
        BehaviourConstructs.AdditionalPropertiesTyped,
        BehaviourConstructs.ReadOnlyRequiredNotSent,
        BehaviourConstructs.EnumNonIdentifier,
        BehaviourConstructs.EnumUnknownRoundTrip,
        BehaviourConstructs.IntegerFormats,
        BehaviourConstructs.PathEnum,
        BehaviourConstructs.PathName,
        BehaviourConstructs.PathCidr,
        BehaviourConstructs.NoContentWithMediaType,
    ];

    [PublishedSpecsFact]
    public Task Spec_2023_02_13_operations_behave() => AssertBehaves(
        PublishedSpecCompilations.Spec20230213,
        "FullSpecs.Drivers.Driver2023.cs.txt",
        [.. s_commonConstructs, BehaviourConstructs.HyphenatedOperationId]);

    [PublishedSpecsFact]
    public Task Spec_2026_08_21_operations_behave() => AssertBehaves(
        PublishedSpecCompilations.Spec20260821,
        "FullSpecs.Drivers.Driver2026.cs.txt",
        [.. s_commonConstructs, BehaviourConstructs.AdditionalPropertiesTrue, BehaviourConstructs.TwoVersionedMediaTypes, BehaviourConstructs.VersionedRequestContentType]);

    private async Task AssertBehaves(string spec, string driver, string[] requiredConstructs)
    {
        var rows = await BehaviourDriverHost.RunAsync(PublishedSpecCompilations.Get(spec), driver);
        foreach (var row in rows)
        {
            output.WriteLine(row.ToString());
        }

        var operations = rows.Select(r => r.OperationId).Distinct().ToList();
        Assert.True(operations.Count == 20, $"expected 20 operations, got {operations.Count}: {string.Join(", ", operations)}");
        var unknown = rows.Select(r => r.Construct).Except(BehaviourConstructs.All).ToList();
        Assert.True(unknown.Count == 0, "constructs not in BehaviourConstructs: " + string.Join(", ", unknown));
        var uncovered = requiredConstructs.Except(rows.Select(r => r.Construct)).ToList();
        Assert.True(uncovered.Count == 0, "constructs no operation covers: " + string.Join(", ", uncovered));
        var failed = rows.Where(r => !r.Passed).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {rows.Count} checks failed:\n" + string.Join("\n", failed));
    }
}

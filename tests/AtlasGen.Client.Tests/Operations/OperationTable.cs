using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using AtlasGen.Runtime;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>Every operation row, by operationId and version, and the operations the generator actually emitted.</summary>
internal static class OperationTable
{
    /// <summary>The rows by <see cref="OperationCase.Key"/>: operationId and version.</summary>
    public static readonly IReadOnlyDictionary<string, OperationCase> Cases =
        ProjectsCases.All()
            .Concat(MongoDbCloudUsersCases.All())
            .Concat(ProgrammaticApiKeysCases.All())
            .Concat(TeamsCases.All())
            .Concat(ThirdPartyIntegrationsCases.All())
            .Concat(AuditingAndTestCases.All())
            .ToDictionary(c => c.Key, StringComparer.Ordinal);

    /// <summary>The generated methods that carry [AtlasOperation], found in this assembly, where the generator put them.</summary>
    /// <remarks>Reflection over our own assembly, in a test that is never trimmed; the generated code itself stays free of it.</remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Test-only type enumeration; the test assembly is not trimmed.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Test-only type enumeration; the test assembly is not trimmed.")]
    public static IReadOnlyList<(MethodInfo Method, AtlasOperationAttribute Operation)> GeneratedOperations()
        => typeof(OperationTable).Assembly.GetTypes()
            .Where(t => t.Namespace == "AtlasGen.Atlas")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Operation: m.GetCustomAttribute<AtlasOperationAttribute>()!))
            .Where(x => x.Operation is not null)
            .ToList();
}

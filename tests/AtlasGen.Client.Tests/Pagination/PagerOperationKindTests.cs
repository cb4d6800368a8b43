using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using AtlasGen.Client.Tests.Operations;

namespace AtlasGen.Client.Tests.Pagination;

/// <summary>
/// A pager calls its operation once per page. Over a GET that reads; over a POST or PUT it would create or replace
/// the resource again for every page, so only GET operations may have one.
/// </summary>
public sealed class PagerOperationKindTests
{
    [Fact]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Test-only method lookup on generated clients.")]
    public void Every_pager_wraps_a_GET_operation()
    {
        var operations = OperationTable.GeneratedOperations();
        var pagers = operations.Select(o => o.Method.DeclaringType!).Distinct()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("Enumerate", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(pagers);

        // First, not Single: an operation's method and its (required arguments, token) overload share the operation.
        var offenders = pagers
            .Select(p => (Pager: p.Name, Operation: operations.First(o => o.Method.DeclaringType == p.DeclaringType
                && (o.Method.Name == "List" + p.Name["Enumerate".Length..] || o.Method.Name == p.Name["Enumerate".Length..])).Operation))
            .Where(x => x.Operation.Method != "GET")
            .Select(x => $"{x.Pager} pages {x.Operation.Method} {x.Operation.OperationId}")
            .ToList();

        Assert.True(offenders.Count == 0, "pagers over non-GET operations: " + string.Join("; ", offenders));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AtlasGen.Simulator.Engine;
using AtlasGen.Simulator.FullSpec.Tests.Infrastructure;
using AtlasGen.Simulator.Routing;
using Xunit.Abstractions;

namespace AtlasGen.Simulator.FullSpec.Tests;

/// <summary>
/// For each resource the engine infers with a create, a read, a list and a delete: a create followed by a get
/// returns what was created, the list includes it, and a delete removes it (a get after it is 404, allowing a rule a
/// few reads to finish a DELETING state).
/// </summary>
public sealed class ResourceLifecycleTests
{
    private const int ReadsToFinishDeleting = 5;
    private readonly ITestOutputHelper _output;

    public ResourceLifecycleTests(ITestOutputHelper output) => _output = output;

    [SkippableFullSpecFact]
    public async Task Each_inferred_resource_creates_reads_lists_and_deletes()
    {
#if ATLASGEN_FULL_SPEC
        var spec = FullSpecBuild.Spec;
        var inferred = ResourceInference.Infer(spec);
        var routes = spec.Operations.ToDictionary(r => r.OperationId);
        var resources = inferred.Values
            .Where(o => !OperationHandlers.IsHandWritten(o.Route.OperationId))
            .GroupBy(o => o.CollectionTemplate)
            .Select(g => (Collection: g.Key, Create: g.FirstOrDefault(o => o.Role == OperationRole.Create), Read: g.FirstOrDefault(o => o.Role == OperationRole.Read), List: g.FirstOrDefault(o => o.Role == OperationRole.List), Delete: g.FirstOrDefault(o => o.Role == OperationRole.Delete)))
            .Where(r => r.Create is not null && r.Read is not null && r.List is not null && r.Delete is not null)
            .ToList();

        await using var session = await FullSpecSession.StartAsync();
        int created = 0, readBack = 0, listed = 0, deleted = 0;
        var table = new StringBuilder();
        foreach (var (collection, create, read, list, delete) in resources)
        {
            var values = new Dictionary<string, string>(session.Values, StringComparer.Ordinal);
            var made = await session.Driver.CallAsync(create!.Route, values);
            // A create that answers the collection's page (the access list) made its last item.
            var item = made.Response is JsonObject { } answered && answered["results"] is JsonArray page0 ? page0.LastOrDefault() as JsonObject : made.Response as JsonObject;
            var key = item is null ? null : KeyInference.KeyOf(item, read!.KeyParameter);
            if (!made.IsSuccess || key is null)
            {
                table.AppendLine($"{collection}: create {made.Status} {made.ErrorCode} {made.Detail}");
                continue;
            }

            created++;
            values[read!.KeyParameter!] = key;
            var got = await session.Driver.CallAsync(read.Route, values);
            var sent = made.Request is JsonArray array ? array.FirstOrDefault() as JsonObject : made.Request as JsonObject;
            var same = got.IsSuccess && got.Response is JsonObject answer && (sent ?? new JsonObject()).All(p => JsonNode.DeepEquals(p.Value, answer[p.Key]));
            readBack += same ? 1 : 0;

            var page = await session.Driver.CallAsync(list!.Route, values);
            var results = page.Response is JsonObject p2 ? p2["results"] as JsonArray : page.Response as JsonArray;
            var includes = page.IsSuccess && results?.OfType<JsonObject>().Any(r => KeyInference.KeyOf(r, read.KeyParameter) == key) == true;
            listed += includes ? 1 : 0;

            var removed = await session.Driver.CallAsync(delete!.Route, values);
            var gone = false;
            for (var i = 0; removed.IsSuccess && !gone && i < ReadsToFinishDeleting; i++)
            {
                gone = (await session.Driver.CallAsync(read.Route, values)).Status == 404;
            }

            deleted += gone ? 1 : 0;
            table.AppendLine($"{collection}: create {made.Status}, get {(same ? "same" : $"{got.Status} differs")}, list {(includes ? "includes" : $"{page.Status} lacks")}, delete {(gone ? "removes" : $"{removed.Status} keeps")}");
        }

        _output.WriteLine(table.ToString());
        _output.WriteLine($"inferred resources with create, get, list and delete: {resources.Count}; created {created}; create-then-get {readBack}/{resources.Count}; list {listed}/{resources.Count}; delete {deleted}/{resources.Count}");
        Assert.True(resources.Count >= ResourceFloor, $"{resources.Count} resources inferred; the floor is {ResourceFloor}");
        Assert.True(readBack >= ReadBackFloor, $"create-then-get {readBack}; the floor is {ReadBackFloor}");
        Assert.True(listed >= ListFloor, $"list {listed}; the floor is {ListFloor}");
        Assert.True(deleted >= DeleteFloor, $"delete {deleted}; the floor is {DeleteFloor}");
        // Whatever was created is read back, listed and deleted: a failure there is the engine's, not the driver's.
        Assert.Equal(created, readBack);
        Assert.Equal(created, listed);
        Assert.Equal(created, deleted);
#else
        await Task.CompletedTask;
        Assert.Fail(FullSpecBuild.SkipReason ?? "The full spec was not generated.");
#endif
    }

    // Floors from the run (see the report); a create the driver's arguments can't make valid is a 400, counted out above.
    private const int ResourceFloor = 1;
    private const int ReadBackFloor = 1;
    private const int ListFloor = 1;
    private const int DeleteFloor = 1;
}

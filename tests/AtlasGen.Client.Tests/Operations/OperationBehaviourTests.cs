namespace AtlasGen.Client.Tests.Operations;

/// <summary>
/// Calls each of the 45 operations, in every version it offers, through the recording handler and checks both directions
/// of the wire.
/// </summary>
public sealed class OperationBehaviourTests
{
    public static TheoryData<string> OperationKeys()
    {
        var data = new TheoryData<string>();
        foreach (var id in OperationTable.Cases.Keys.OrderBy(k => k, System.StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperationKeys))]
    public async Task Operation_sends_the_expected_request_and_reads_the_response(string key)
    {
        var @case = OperationTable.Cases[key];
        using var client = FakeAtlas.Client(out var handler, @case.Response);

        var result = await @case.Call(client);

        var request = handler.Single;
        Assert.Equal(@case.Method, request.Method);
        Assert.Equal("https", request.Uri.Scheme);
        Assert.Equal("cloud.mongodb.com", request.Uri.Host);
        Assert.Equal(@case.Path, request.RawPath);
        Assert.Equal(QueryPairs(@case.Query), QueryPairs(request.RawQuery));
        Assert.Equal(@case.Accept, request.Accept);
        if (@case.RequestJson is null)
        {
            Assert.Null(request.Body);
        }
        else
        {
            // Today's Atlas takes request bodies in the operation's versioned media type, the version it answers in.
            Assert.Equal(@case.Accept, request.ContentType);
            JsonAssert.Equivalent(@case.RequestJson, request.Body);
        }

        @case.AssertResult(result);
    }

    [Fact]
    public void Table_covers_exactly_the_generated_operations()
    {
        // Distinct: an operation's (required arguments, token) overload carries the same operationId and version.
        var generated = OperationTable.GeneratedOperations()
            .Select(o => OperationCase.KeyOf(o.Operation.OperationId, o.Operation.MediaType!)).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
        var covered = OperationTable.Cases.Keys.OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

        // 45 operations; listGroupUsers and removeGroupUser each offer a second version.
        Assert.Equal(45, OperationTable.GeneratedOperations().Select(o => o.Operation.OperationId).Distinct().Count());
        Assert.Equal(47, generated.Length);
        Assert.Equal(generated, covered);
    }

    [Fact]
    public void Table_rows_agree_with_the_operation_attributes()
    {
        foreach (var (method, operation) in OperationTable.GeneratedOperations())
        {
            var @case = OperationTable.Cases[OperationCase.KeyOf(operation.OperationId, operation.MediaType!)];
            Assert.Equal(operation.Method, @case.Method.Method);
            Assert.Equal(operation.MediaType, @case.Accept);
            var template = "^" + System.Text.RegularExpressions.Regex.Replace(operation.PathTemplate, @"\{[^}]+\}", "[^/]+") + "$";
            Assert.Matches(template, @case.Path);
        }
    }

    [Fact]
    public void Operations_answered_by_204_return_a_bare_Task()
    {
        foreach (var (method, operation) in OperationTable.GeneratedOperations())
        {
            var noContent = OperationTable.Cases[OperationCase.KeyOf(operation.OperationId, operation.MediaType!)].Response.Status == System.Net.HttpStatusCode.NoContent;
            Assert.True(noContent == (method.ReturnType == typeof(Task)),
                $"{operation.OperationId}: 204 response = {noContent}, return type = {method.ReturnType}");
        }
    }

    /// <summary>Query pairs as sent (escapes kept), in a canonical order: the order of parameters carries no meaning.</summary>
    private static string[] QueryPairs(string query)
        => query.Length == 0 ? [] : query.Split('&').OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
}

namespace AtlasGen.Client.Tests.Operations;

/// <summary>
/// One row of the operation table: how to call the operation in one of its versions, what must go on the wire, the
/// canned answer, and what the typed result must hold.
/// </summary>
/// <param name="OperationId">The spec's operationId; matched against the generated [AtlasOperation] attributes.</param>
/// <param name="Method">The expected HTTP method.</param>
/// <param name="Path">The expected path, exactly as escaped on the wire.</param>
/// <param name="Query">The expected query pairs ("a=1&amp;b=2", escaped, any order); empty when every value is the default.</param>
/// <param name="Accept">The expected Accept media type: the version of the operation this row calls.</param>
/// <param name="RequestJson">The expected JSON body, or null when the request carries none.</param>
/// <param name="Response">The canned answer.</param>
/// <param name="Call">Calls the operation; returns the typed result, or null for an operation that returns a bare Task.</param>
/// <param name="AssertResult">Checks the typed result read back from <paramref name="Response"/>.</param>
internal sealed record OperationCase(
    string OperationId,
    HttpMethod Method,
    string Path,
    string Query,
    string Accept,
    string? RequestJson,
    CannedResponse Response,
    Func<AtlasClient, Task<object?>> Call,
    Action<object?> AssertResult)
{
    public const string V20230101 = "application/vnd.atlas.2023-01-01+json";
    public const string V20230201 = "application/vnd.atlas.2023-02-01+json";
    public const string V20250219 = "application/vnd.atlas.2025-02-19+json";

    /// <summary>The row's key: an operation offered in two versions has a method, and a row, for each.</summary>
    public string Key => KeyOf(OperationId, Accept);

    public static string KeyOf(string operationId, string mediaType) => $"{operationId} {mediaType}";

    /// <summary>Wraps a call that returns a value.</summary>
    public static Func<AtlasClient, Task<object?>> Returns<T>(Func<AtlasClient, Task<T>> call)
        => async client => await call(client).ConfigureAwait(false);

    /// <summary>Wraps a call that returns a bare Task (a 204 operation).</summary>
    public static Func<AtlasClient, Task<object?>> ReturnsNothing(Func<AtlasClient, Task> call)
        => async client =>
        {
            await call(client).ConfigureAwait(false);
            return null;
        };

    /// <summary>The result check of a 204 operation: there is nothing to read back.</summary>
    public static void NoResult(object? result) => Xunit.Assert.Null(result);

    /// <summary>
    /// The row of a request without a body that Atlas answers 200 with <paramref name="responseJson"/>, in the version
    /// asked for, read back as the call's result type.
    /// </summary>
    public static OperationCase Reads<T>(string operationId, string path, string query, string responseJson,
        Func<AtlasClient, Task<T>> call, Action<T> assertResult, string accept = V20230101)
        => new(operationId, HttpMethod.Get, path, query, accept, null, CannedResponse.Json(responseJson, accept), Returns(call), ResultAssert.Is(assertResult));

    /// <summary>The row of a DELETE that Atlas answers 204: no body either way, nothing to read back.</summary>
    public static OperationCase Deletes(string operationId, string path, string query, Func<AtlasClient, Task> call, string accept = V20230101)
        => new(operationId, HttpMethod.Delete, path, query, accept, null, CannedResponse.NoContent(), ReturnsNothing(call), NoResult);

    public override string ToString() => Key;
}

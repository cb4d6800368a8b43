using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime.Tests.Connection;

/// <summary>
/// Status, headers and request ID of successes (through <see cref="AtlasResponseCapture"/>) and errors (on the
/// exception); typed rate-limit and lifecycle headers; the 410 VERSION_GONE exception; the once-per-operation warning.
/// </summary>
public sealed class ResponseMetadataTests
{
    private static readonly JsonTypeInfo<JsonElement> s_element = (JsonTypeInfo<JsonElement>)JsonSerializerOptions.Default.GetTypeInfo(typeof(JsonElement));

    private static AtlasRequest Get(string operationId = "getThing", string accept = "application/vnd.atlas.2023-01-01+json")
        => new(HttpMethod.Get, operationId, "/api/atlas/v2/things/{thingId}", "/api/atlas/v2/things/abc", accept);

    private static AtlasConnection Connect(ScriptedTransport transport, ILogger? logger = null)
        => new(new HttpClient(transport) { BaseAddress = new Uri("https://atlas.test") }, options: null, logger);

    [Fact]
    public async Task A_capture_scope_sees_status_headers_request_id_and_typed_rate_limits()
    {
        var transport = new ScriptedTransport(() => ScriptedTransport.Json(HttpStatusCode.OK, "{\"a\":1}", headers: [("RateLimit-Limit", "100"), ("RateLimit-Remaining", "42")]));
        using var connection = Connect(transport);

        using var capture = AtlasResponseCapture.Start();
        await connection.SendAsync(Get(), s_element, CancellationToken.None);

        var response = Assert.IsType<AtlasResponseInfo>(capture.Response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("getThing", response.OperationId);
        Assert.Equal(100, response.RateLimitLimit);
        Assert.Equal(42, response.RateLimitRemaining);
        Assert.Equal("42", response.GetHeader("ratelimit-remaining"));
        Assert.Equal("application/vnd.atlas.2023-01-01+json; charset=utf-8", response.GetHeader("Content-Type"));
        // The request ID is the one the client sent, so the call can be found in the client's and a proxy's logs.
        var sent = Assert.Single(transport.RequestHeaders)[AtlasResponseInfo.RequestIdHeader];
        Assert.Matches("^[0-9a-f]{32}$", sent);
        Assert.Equal(sent, response.RequestId);
        Assert.Equal(1, capture.Count);
    }

    [Fact]
    public async Task A_request_id_the_server_echoes_wins()
    {
        var transport = new ScriptedTransport(() => ScriptedTransport.Json(HttpStatusCode.OK, "{}", headers: [("X-Request-Id", "server-side-id")]));
        using var connection = Connect(transport);

        using var capture = AtlasResponseCapture.Start();
        await connection.SendAsync(Get(), s_element, CancellationToken.None);

        Assert.Equal("server-side-id", capture.Response!.RequestId);
    }

    [Fact]
    public async Task Outside_a_scope_nothing_is_captured_and_scopes_nest()
    {
        var transport = new ScriptedTransport();
        using var connection = Connect(transport);
        using var outer = AtlasResponseCapture.Start();
        using (var inner = AtlasResponseCapture.Start())
        {
            await connection.SendAsync(Get(), s_element, CancellationToken.None);
            Assert.Equal(1, inner.Count);
        }

        Assert.Equal(0, outer.Count);
        await connection.SendAsync(Get(), s_element, CancellationToken.None);
        Assert.Equal(1, outer.Count);
    }

    [Fact]
    public async Task An_error_keeps_status_headers_request_id_and_a_typed_Retry_After()
    {
        var transport = new ScriptedTransport(() => ScriptedTransport.Json(HttpStatusCode.TooManyRequests,
            "{\"detail\":\"Slow down.\",\"error\":429,\"errorCode\":\"RATE_LIMITED\",\"reason\":\"Too Many Requests\"}", "application/json",
            ("Retry-After", "17"), ("X-Error-Code", "RATE_LIMITED"), ("RateLimit-Remaining", "0")));
        using var connection = Connect(transport);

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => connection.SendAsync(Get(), s_element, CancellationToken.None));

        Assert.Equal("RATE_LIMITED", error.ErrorCode);
        var response = Assert.IsType<AtlasResponseInfo>(error.Response);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(17), response.RetryAfter);
        Assert.Equal(0, response.RateLimitRemaining);
        Assert.Equal("RATE_LIMITED", response.GetHeader("X-Error-Code"));
        Assert.Equal(Assert.Single(transport.RequestHeaders)[AtlasResponseInfo.RequestIdHeader], response.RequestId);
    }

    [Fact]
    public void Deprecation_and_Sunset_are_typed_as_dates_in_both_of_their_forms()
    {
        var now = DateTimeOffset.Parse("2026-08-10T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        using var message = ScriptedTransport.Json(HttpStatusCode.OK, "{}", headers: [("Deprecation", "Mon, 5 Aug 2024 00:00:00 GMT"), ("Sunset", "Thu, 1 Jul 2027 00:00:00 GMT")]);
        var http = AtlasResponseInfo.From("op", message, "id", now);
        Assert.Equal(new DateTimeOffset(2024, 8, 5, 0, 0, 0, TimeSpan.Zero), http.Deprecation);
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero), http.Sunset);

        // RFC 9745's structured form, and a Retry-After given as a date.
        using var structured = ScriptedTransport.Json(HttpStatusCode.OK, "{}", headers: [("Deprecation", "@1722816000"), ("Retry-After", "Mon, 10 Aug 2026 00:00:30 GMT")]);
        var rfc = AtlasResponseInfo.From("op", structured, "id", now);
        Assert.Equal(new DateTimeOffset(2024, 8, 5, 0, 0, 0, TimeSpan.Zero), rfc.Deprecation);
        Assert.Null(rfc.Sunset);
        Assert.Equal(TimeSpan.FromSeconds(30), rfc.RetryAfter);
    }

    [Fact]
    public async Task VERSION_GONE_raises_the_typed_exception_naming_the_newer_method()
    {
        const string gone = "{\"detail\":\"The requested API version is no longer supported.\",\"error\":410,\"errorCode\":\"VERSION_GONE\",\"reason\":\"Gone\"}";
        var transport = new ScriptedTransport(
            () => ScriptedTransport.Json(HttpStatusCode.Gone, gone, "application/json"),
            () => ScriptedTransport.Json(HttpStatusCode.Gone, gone, "application/json"));
        using var connection = Connect(transport);
        var older = Get("listThingUsers", "application/vnd.atlas.2023-01-01+json");
        older.NewerVersionMethod = "ListThingUsersAsync";

        var error = await Assert.ThrowsAsync<AtlasVersionGoneException>(() => connection.SendAsync(older, s_element, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
        Assert.Equal("ListThingUsersAsync", error.NewerMethod);
        Assert.Equal("application/vnd.atlas.2023-01-01+json", error.RequestedVersion);
        Assert.Contains("Call ListThingUsersAsync instead", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Response);

        // The newest version the spec knows is gone too: the advice is to update.
        var newest = await Assert.ThrowsAsync<AtlasVersionGoneException>(() => connection.SendAsync(Get("listThingUsers", "application/vnd.atlas.2025-01-01+json"), s_element, CancellationToken.None));
        Assert.Null(newest.NewerMethod);
        Assert.Contains("update the AtlasGen package or the spec", newest.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_410_with_another_error_code_stays_a_plain_AtlasApiException()
    {
        var transport = new ScriptedTransport(() => ScriptedTransport.Json(HttpStatusCode.Gone, "{\"error\":410,\"errorCode\":\"RESOURCE_DELETED\"}", "application/json"));
        using var connection = Connect(transport);

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => connection.SendAsync(Get(), s_element, CancellationToken.None));

        Assert.IsNotType<AtlasVersionGoneException>(error);
    }

    [Fact]
    public async Task Deprecation_and_Sunset_log_one_warning_per_operation_and_version()
    {
        static HttpResponseMessage Deprecated(string version) => ScriptedTransport.Json(HttpStatusCode.OK, "{}", $"application/vnd.atlas.{version}+json",
            ("Deprecation", "Mon, 5 Aug 2024 00:00:00 GMT"), ("Sunset", "Thu, 1 Jul 2027 00:00:00 GMT"));
        var transport = new ScriptedTransport(
            () => Deprecated("2023-02-01"), () => Deprecated("2023-02-01"), () => Deprecated("2023-02-01"),
            () => Deprecated("2023-02-01"), () => ScriptedTransport.Json(HttpStatusCode.OK, "{}"));
        var logger = new FakeLogger();
        using var connection = Connect(transport, logger);

        for (var i = 0; i < 3; i++)
        {
            await connection.SendAsync(Get("createThing", "application/vnd.atlas.2023-02-01+json"), s_element, CancellationToken.None);
        }

        await connection.SendAsync(Get("listThings", "application/vnd.atlas.2023-02-01+json"), s_element, CancellationToken.None);
        await connection.SendAsync(Get("getThing"), s_element, CancellationToken.None);

        var warnings = logger.Collector.GetSnapshot().Where(r => r.Id.Id == 3005).ToList();
        Assert.Equal(new[] { "createThing", "listThings" }, warnings.Select(w => w.StructuredState!.Single(s => s.Key == "OperationId").Value));
        var first = warnings[0];
        Assert.Equal(LogLevel.Warning, first.Level);
        Assert.Equal("2023-02-01", first.StructuredState!.Single(s => s.Key == "Version").Value);
        Assert.Equal("2024-08-05", first.StructuredState!.Single(s => s.Key == "Deprecation").Value);
        Assert.Equal("2027-07-01", first.StructuredState!.Single(s => s.Key == "Sunset").Value);
    }

    [Fact]
    public void The_User_Agent_names_the_package_the_platform_and_the_runtime()
    {
        Assert.Matches(@"^AtlasGen/\d+\.\d+\.\d+\S* \((linux|windows|darwin|\S+); (x64|arm64|x86|arm|\S+)\) \.NET/\d+\.\d+\.\d+$", AtlasUserAgent.Default);
        Assert.Equal("AtlasGen/1.2.3 (linux; arm64) .NET/10.0.1",
            AtlasUserAgent.Format("1.2.3", "linux", System.Runtime.InteropServices.Architecture.Arm64, "10.0.1"));
    }
}

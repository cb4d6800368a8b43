using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Runtime.Tests.Resilience;

namespace AtlasGen.Runtime.Tests.Telemetry;

/// <summary>
/// The "AtlasGen" ActivitySource and Meter, observed with an <see cref="ActivityListener"/> and a <see cref="MeterListener"/>:
/// one client span per operation around its retries and digest round trip, OpenTelemetry HTTP attributes plus the
/// operationId and errorCode, duration/retry/challenge metrics, and no secret or ID-bearing path in any tag.
/// </summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private const string User = "telemetry-public";
    private const string Key = "telemetry-private-6b1e-never-tagged";
    private const string ResourceId = "65f0c0ffee0000000000beef";

    private static readonly JsonTypeInfo<JsonElement> s_element = (JsonTypeInfo<JsonElement>)JsonSerializerOptions.Default.GetTypeInfo(typeof(JsonElement));

    /// <summary>Collects what this test's operation (a unique operationId) records; other tests run in parallel.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly ActivityListener _activities;
        private readonly MeterListener _meters = new();

        public Recorder(string operationId)
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = source => source.Name == AtlasTelemetry.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if ((string?)activity.GetTagItem("atlas.operation.id") == operationId)
                    {
                        Spans.Enqueue(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_activities);
            _meters.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AtlasTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags, operationId));
            _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags, operationId));
            _meters.Start();
        }

        public ConcurrentQueue<Activity> Spans { get; } = new();

        public ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, string operationId)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            // Challenges carry no operation; the test that counts them runs its own operation alone on its own server.
            if (!copy.TryGetValue("atlas.operation.id", out var id) || (string?)id == operationId)
            {
                Measurements.Enqueue((instrument.Name, value, copy));
            }
        }

        public void Dispose()
        {
            _activities.Dispose();
            _meters.Dispose();
        }
    }

    private static (AtlasConnection Connection, FakeDigestServer Server) Connect(params FakeResponse?[] script)
    {
        var server = new FakeDigestServer().Script(script);
        server.Users[User] = Key;
        var options = new AtlasClientOptions { BaseAddress = DigestTestClient.BaseAddress, PublicKey = User, PrivateKey = Key };
        var http = AtlasHttpClientFactory.Create(options, new FakeServerHandler(server), loggerFactory: null, new RecordingTimeProvider());
        return (new AtlasConnection(http, options), server);
    }

    private static AtlasRequest Request(string operationId, HttpMethod? method = null)
        => new(method ?? HttpMethod.Get, operationId, "/api/atlas/v2/things/{thingId}", $"/api/atlas/v2/things/{ResourceId}", "application/vnd.atlas.2023-01-01+json");

    [Fact]
    public async Task One_client_span_covers_the_retries_and_the_digest_round_trip_with_OpenTelemetry_attributes()
    {
        var operationId = "getThing" + Guid.NewGuid().ToString("N");
        using var recorder = new Recorder(operationId);
        var (connection, server) = Connect(new FakeResponse(429).With("Retry-After", "1"));
        using var _ = connection;

        await connection.SendAsync(Request(operationId), s_element, CancellationToken.None);

        Assert.Equal(3, server.RequestCount); // the challenge, the authorized 429 and the retry: all inside one span
        var span = Assert.Single(recorder.Spans);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("GET /api/atlas/v2/things/{thingId}", span.DisplayName);
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal("/api/atlas/v2/things/{thingId}", span.GetTagItem("url.template"));
        Assert.Equal("atlas.test", span.GetTagItem("server.address"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(1, span.GetTagItem("http.request.resend_count"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        var duration = Assert.Single(recorder.Measurements, m => m.Instrument == "atlasgen.client.operation.duration");
        Assert.InRange(duration.Value, 0, 60);
        Assert.Equal(200, duration.Tags["http.response.status_code"]);
        Assert.Equal("/api/atlas/v2/things/{thingId}", duration.Tags["url.template"]);
        var retry = Assert.Single(recorder.Measurements, m => m.Instrument == "atlasgen.client.retries");
        Assert.Equal("429", retry.Tags["error.type"]);
        Assert.Contains(recorder.Measurements, m => m.Instrument == "atlasgen.client.auth_challenges" && (string?)m.Tags["atlas.auth.scheme"] == "digest");
    }

    [Fact]
    public async Task An_error_span_carries_the_status_as_error_type_and_the_Atlas_errorCode()
    {
        var operationId = "getThing" + Guid.NewGuid().ToString("N");
        using var recorder = new Recorder(operationId);
        var (connection, _) = Connect(new FakeResponse(404, "{\"error\":404,\"errorCode\":\"THING_NOT_FOUND\",\"detail\":\"No thing.\"}"));
        using var __ = connection;

        await Assert.ThrowsAsync<AtlasApiException>(() => connection.SendAsync(Request(operationId), s_element, CancellationToken.None));

        var span = Assert.Single(recorder.Spans);
        Assert.Equal(404, span.GetTagItem("http.response.status_code"));
        Assert.Equal("404", span.GetTagItem("error.type"));
        Assert.Equal("THING_NOT_FOUND", span.GetTagItem("atlas.error_code"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        var duration = Assert.Single(recorder.Measurements, m => m.Instrument == "atlasgen.client.operation.duration");
        Assert.Equal("THING_NOT_FOUND", duration.Tags["atlas.error_code"]);
    }

    [Fact]
    public async Task A_network_failure_is_typed_by_its_exception()
    {
        var operationId = "deleteThing" + Guid.NewGuid().ToString("N");
        using var recorder = new Recorder(operationId);
        using var connection = new AtlasConnection(new HttpClient(new ThrowingHandler()) { BaseAddress = DigestTestClient.BaseAddress });

        await Assert.ThrowsAsync<HttpRequestException>(() => connection.SendAsync(Request(operationId, HttpMethod.Post), CancellationToken.None));

        var span = Assert.Single(recorder.Spans);
        Assert.Equal("System.Net.Http.HttpRequestException", span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task No_tag_of_any_span_or_measurement_holds_a_secret_a_header_or_an_ID()
    {
        var operationId = "getThing" + Guid.NewGuid().ToString("N");
        using var recorder = new Recorder(operationId);
        var (connection, _) = Connect(new FakeResponse(503).With("Retry-After", "0"), new FakeResponse(401, "{\"error\":401}"));
        using var __ = connection;

        await Assert.ThrowsAnyAsync<AtlasApiException>(() => connection.SendAsync(Request(operationId), s_element, CancellationToken.None));

        var values = recorder.Spans.SelectMany(s => s.TagObjects.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(recorder.Measurements.SelectMany(m => m.Tags.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))
            .Concat(recorder.Spans.Select(s => s.DisplayName))
            .ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.DoesNotContain(Key, v ?? "", StringComparison.Ordinal));
        Assert.All(values, v => Assert.DoesNotContain(ResourceId, v ?? "", StringComparison.Ordinal));
        // Nothing of an Authorization or WWW-Authenticate header.
        Assert.All(values, v => Assert.DoesNotContain(User, v ?? "", StringComparison.Ordinal));
        Assert.All(values, v => Assert.DoesNotContain("nonce", v ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(values, v => Assert.DoesNotContain("response=", v ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Without_a_listener_nothing_is_created_and_with_one_the_transport_runs_inside_the_span()
    {
        // Runs alone (see the collection): no other test's listener is attached meanwhile.
        var transport = new ActivityRecordingHandler();
        using var connection = new AtlasConnection(new HttpClient(transport) { BaseAddress = DigestTestClient.BaseAddress });

        Assert.False(AtlasTelemetry.ActivitySource.HasListeners());
        Assert.False(AtlasTelemetry.OperationDuration.Enabled);
        await connection.SendAsync(Request("unobserved"), CancellationToken.None);
        Assert.Null(Assert.Single(transport.Seen));

        var operationId = "observed" + Guid.NewGuid().ToString("N");
        using (new Recorder(operationId))
        {
            Assert.True(AtlasTelemetry.OperationDuration.Enabled);
            await connection.SendAsync(Request(operationId), CancellationToken.None);
        }

        Assert.Equal(AtlasTelemetry.Name, transport.Seen.Last());
    }

    private sealed class ActivityRecordingHandler : HttpMessageHandler
    {
        public ConcurrentQueue<string?> Seen { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen.Enqueue(Activity.Current?.Source.Name);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent) { RequestMessage = request });
        }
    }

    private sealed class ThrowingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new HttpRequestException("Connection refused");
    }
}

/// <summary>Telemetry listeners are process-wide: these tests run apart from every other test.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

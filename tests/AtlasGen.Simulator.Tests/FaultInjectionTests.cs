namespace AtlasGen.Simulator.Tests;

/// <summary><see cref="AtlasSimulator.Faults"/>: queued failures answer matching requests first and are never applied.</summary>
public sealed class FaultInjectionTests
{
    private const string Groups = "api/atlas/v2/groups";

    // The client's own retry would answer the queued failures.
    private static WireClient WireWithoutRetries(AtlasSimulator sim) => new(sim.BaseAddress, AtlasHttpClientFactory.Create(new AtlasClientOptions
    {
        BaseAddress = sim.BaseAddress,
        PublicKey = sim.Organization.PublicKey,
        PrivateKey = sim.Organization.PrivateKey,
        Retry = { Enabled = false },
    }));

    [Fact]
    public async Task The_next_matching_requests_get_the_status_as_an_ApiError_and_are_not_applied()
    {
        await using var sim = await AtlasSimulator.StartAsync();
        using var wire = WireWithoutRetries(sim);
        sim.Faults.AnswerNext("post", "/" + Groups, 503, count: 2, retryAfter: TimeSpan.FromSeconds(7));
        var body = $$"""{"name":"faulted","orgId":"{{sim.Organization.Id}}"}""";

        // Another method on the same path is not matched.
        Assert.Equal(HttpStatusCode.OK, (await wire.GetAsync(Groups)).Status);
        for (var i = 0; i < 2; i++)
        {
            var failed = await wire.PostAsync(Groups, body);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
            Assert.Equal("SERVICE_UNAVAILABLE", failed.ErrorCode);
            Assert.Equal(503, failed.Json.GetProperty("error").GetInt32());
            Assert.Equal(new[] { "SERVICE_UNAVAILABLE" }, failed.Message.Headers.GetValues("X-Error-Code"));
            Assert.Equal(TimeSpan.FromSeconds(7), failed.Message.Headers.RetryAfter!.Delta);
        }

        Assert.Equal(HttpStatusCode.Created, (await wire.PostAsync(Groups, body)).Status);
        var projects = (await wire.GetAsync(Groups)).Json.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal("faulted", Assert.Single(projects).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_given_error_code_is_sent_and_Clear_drops_what_is_queued()
    {
        await using var sim = await AtlasSimulator.StartAsync();
        using var wire = WireWithoutRetries(sim);

        sim.Faults.AnswerNext("GET", "/" + Groups, 500, errorCode: "UNEXPECTED_ERROR");
        var failed = await wire.GetAsync(Groups);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Equal("UNEXPECTED_ERROR", failed.ErrorCode);
        Assert.False(failed.Message.Headers.Contains("Retry-After"));

        sim.Faults.AnswerNext("GET", "/" + Groups, 502, count: 5);
        sim.Faults.Clear();
        Assert.Equal(HttpStatusCode.OK, (await wire.GetAsync(Groups)).Status);
    }

    [Theory]
    [InlineData(200, 1, "status")]
    [InlineData(503, 0, "count")]
    public async Task A_fault_that_is_not_one_is_refused_naming_the_parameter(int status, int count, string parameter)
    {
        await using var sim = await AtlasSimulator.StartAsync();

        var error = Assert.ThrowsAny<ArgumentException>(() => sim.Faults.AnswerNext("GET", "/" + Groups, status, count));

        Assert.Equal(parameter, error.ParamName);
    }
}

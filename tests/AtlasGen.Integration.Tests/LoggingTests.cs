using System.Globalization;
using System.Net.Sockets;
using AtlasGen.Simulator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AtlasGen.Integration.Tests;

/// <summary>One log event per request, with what an operator needs and nothing an attacker wants.</summary>
public sealed class LoggingTests
{
    private const string ConnectionCategory = "AtlasGen.Runtime.AtlasConnection";
    private const string UnknownGroupId = "0123456789abcdef01234567";

    [Fact]
    public async Task Each_request_logs_method_path_template_status_elapsed_and_auth_retries()
    {
        await using var simulator = await AtlasSimulator.StartAsync();
        await using var provider = LoggedProvider(simulator, new AuthorizationRecorder());
        var atlas = provider.GetRequiredService<AtlasClient>();

        var created = await atlas.Projects.CreateGroupAsync(new Group { Name = "logged", OrgId = simulator.Organization.Id });
        await atlas.Projects.GetGroupAsync(created.Id!);
        var missing = await Assert.ThrowsAsync<AtlasApiException>(() => atlas.Projects.GetGroupAsync(UnknownGroupId));

        var events = provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Category == ConnectionCategory).ToList();
        Assert.Equal(3, events.Count);
        AssertEvent(events[0], LogLevel.Information, "AtlasRequestCompleted", "createGroup", "POST", "/api/atlas/v2/groups", 201, authRetries: 1);
        AssertEvent(events[1], LogLevel.Information, "AtlasRequestCompleted", "getGroup", "GET", "/api/atlas/v2/groups/{groupId}", 200, authRetries: 0);
        AssertEvent(events[2], LogLevel.Warning, "AtlasRequestRejected", "getGroup", "GET", "/api/atlas/v2/groups/{groupId}", (int)missing.StatusCode, authRetries: 0);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // The template, never the expanded path: IDs stay out of the logs.
        Assert.All(events, e => Assert.DoesNotContain(created.Id!, e.Message));
        Assert.All(events, e => Assert.DoesNotContain(UnknownGroupId, e.Message));
    }

    [Fact]
    public async Task No_log_event_carries_the_private_key_or_an_Authorization_header()
    {
        await using var simulator = await AtlasSimulator.StartAsync();
        var recorder = new AuthorizationRecorder();
        await using (var provider = LoggedProvider(simulator, recorder))
        {
            var atlas = provider.GetRequiredService<AtlasClient>();
            var created = await atlas.Projects.CreateGroupAsync(new Group { Name = "secret-hygiene", OrgId = simulator.Organization.Id });
            await atlas.Projects.GetGroupAsync(created.Id!);
            await Assert.ThrowsAsync<AtlasApiException>(() => atlas.Projects.GetGroupAsync(UnknownGroupId));

            var records = provider.GetFakeLogCollector().GetSnapshot();
            Assert.Contains(records, r => r.Category == ConnectionCategory);
            // At Trace, IHttpClientFactory's own handlers log the request headers too.
            Assert.Contains(records, r => r.Category is { } category && category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal));
            AssertNoSecret(records, simulator.Organization.PrivateKey, recorder.Values);
        }

        // The other constructor, the digest handler's own events, and a rejected key: still nothing secret.
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        const string WrongKey = "9d2b7e1a-wrong-private-key";
        using (var connection = new AtlasConnection(new AtlasClientOptions { BaseAddress = simulator.BaseAddress, PublicKey = simulator.Organization.PublicKey, PrivateKey = WrongKey }, loggerFactory))
        {
            await Assert.ThrowsAsync<AtlasAuthenticationException>(() => new AtlasClient(connection).Projects.GetGroupAsync(UnknownGroupId));
        }

        var rejected = collector.GetSnapshot();
        Assert.Contains(rejected, r => r.Id.Name == "DigestCredentialsRejected");
        AssertEvent(rejected.Single(r => r.Category == ConnectionCategory), LogLevel.Warning, "AtlasRequestRejected", "getGroup", "GET", "/api/atlas/v2/groups/{groupId}", 401, authRetries: 1);
        AssertNoSecret(rejected, WrongKey, recorder.Values);
        AssertNoSecret(rejected, simulator.Organization.PrivateKey, recorder.Values);
    }

    [Fact]
    public async Task A_request_that_never_gets_an_answer_logs_the_failure_with_its_elapsed_time()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(collector)));
        using var connection = new AtlasConnection(
            new AtlasClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/"), PublicKey = "public", PrivateKey = "private" },
            loggerFactory);

        await Assert.ThrowsAsync<HttpRequestException>(() => new AtlasClient(connection).Projects.ListGroupsAsync());

        var failure = Assert.Single(collector.GetSnapshot(), r => r.Category == ConnectionCategory);
        Assert.Equal("AtlasRequestFailed", failure.Id.Name);
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.IsType<HttpRequestException>(failure.Exception);
        Assert.Equal("HttpRequestException", failure.GetStructuredStateValue("ExceptionType"));
        Assert.Equal("/api/atlas/v2/groups", failure.GetStructuredStateValue("PathTemplate"));
        Assert.True(double.Parse(failure.GetStructuredStateValue("ElapsedMilliseconds")!, CultureInfo.InvariantCulture) >= 0);
        Assert.Equal("0", failure.GetStructuredStateValue("AuthRetries"));
    }

    private static ServiceProvider LoggedProvider(AtlasSimulator simulator, AuthorizationRecorder recorder)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddAtlasClient(options => options.Use(simulator)).ConfigurePrimaryHttpMessageHandler(() => recorder);
        return services.BuildServiceProvider();
    }

    private static void AssertEvent(FakeLogRecord record, LogLevel level, string eventName, string operationId, string method, string pathTemplate, int status, int authRetries)
    {
        Assert.Equal(level, record.Level);
        Assert.Equal(eventName, record.Id.Name);
        Assert.Equal(operationId, record.GetStructuredStateValue("OperationId"));
        Assert.Equal(method, record.GetStructuredStateValue("Method"));
        Assert.Equal(pathTemplate, record.GetStructuredStateValue("PathTemplate"));
        Assert.Equal(status.ToString(CultureInfo.InvariantCulture), record.GetStructuredStateValue("StatusCode"));
        Assert.Equal(authRetries.ToString(CultureInfo.InvariantCulture), record.GetStructuredStateValue("AuthRetries"));
        var elapsed = double.Parse(record.GetStructuredStateValue("ElapsedMilliseconds")!, CultureInfo.InvariantCulture);
        Assert.InRange(elapsed, 0, 60_000);
    }

    private static void AssertNoSecret(IReadOnlyList<FakeLogRecord> records, string privateKey, IEnumerable<string> authorizationValues)
    {
        var secrets = new List<string> { privateKey };
        foreach (var value in authorizationValues)
        {
            secrets.Add(value);
            // The digest answer alone, in case a log printed the header's parameters apart.
            var response = value.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("response=", StringComparison.Ordinal));
            if (response is not null)
            {
                secrets.Add(response["response=".Length..].Trim('"'));
            }
        }

        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var text = string.Join("\n", new[] { record.Message, record.Exception?.ToString() ?? "" }
                .Concat(record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? [])
                .Concat(record.Scopes.Select(s => s?.ToString() ?? "")));
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"A {record.Category} event ({record.Id}) contains a secret ({secret.Length} chars, starting {secret[..Math.Min(4, secret.Length)]}): {text}");
            }
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

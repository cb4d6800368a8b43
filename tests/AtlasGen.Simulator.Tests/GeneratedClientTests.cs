using System.Collections.Concurrent;
using System.Reflection;

namespace AtlasGen.Simulator.Tests;

/// <summary>
/// The generated AtlasClient, over the runtime's digest handler on real loopback HTTP, calls every one of the 45
/// operations against the simulator; a recording handler proves each one answered with a success status.
/// </summary>
public sealed class GeneratedClientTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _sim;

    public GeneratedClientTests(SimulatorFixture sim) => _sim = sim;

    private sealed class SuccessRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public ConcurrentDictionary<string, int> Succeeded { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode && request.Options.TryGetValue(AtlasRequestOptions.OperationId, out var operationId))
            {
                Succeeded.AddOrUpdate(operationId, 1, (_, n) => n + 1);
            }

            return response;
        }
    }

    private static HashSet<string> SpecOperations() => typeof(AtlasClient).Assembly.GetTypes()
        .Where(t => t.Namespace == "AtlasGen.Atlas")
        .SelectMany(t => t.GetMethods())
        .Select(m => m.GetCustomAttribute<AtlasOperationAttribute>()?.OperationId)
        .OfType<string>()
        .ToHashSet();

    [Fact]
    public async Task Every_operation_succeeds_through_the_generated_client()
    {
        var options = _sim.Options();
        var recorder = new SuccessRecorder(new SocketsHttpHandler());
        using var http = AtlasHttpClientFactory.Create(options, recorder);
        using var atlas = new AtlasClient(http, options);
        await OperationWalk.RunAsync(atlas, _sim.Org);

        var expected = SpecOperations();
        Assert.Equal(45, expected.Count);
        Assert.Equal(expected.OrderBy(x => x), recorder.Succeeded.Keys.OrderBy(x => x));
    }

    [Fact]
    public async Task Errors_reach_the_client_as_AtlasApiException_with_the_errorCode()
    {
        using var atlas = _sim.Client();
        var error = await Assert.ThrowsAsync<AtlasApiException>(() => atlas.Projects.GetGroupAsync("0123456789abcdef01234567"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("GROUP_NOT_FOUND", error.ErrorCode);
        Assert.Contains("0123456789abcdef01234567", error.Parameters);
    }

    [Fact]
    public async Task Envelope_responses_are_unwrapped_by_the_client()
    {
        using var atlas = _sim.Client();
        var project = await _sim.NewProjectAsync(atlas, "env");
        Assert.Equal(project.Name, (await atlas.Projects.GetGroupAsync(project.Id!, envelope: true)).Name);
        Assert.Contains((await atlas.Projects.ListGroupsAsync(envelope: true, itemsPerPage: 500)).Results, p => p.Id == project.Id);
    }
}

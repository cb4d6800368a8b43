using AtlasGen.Runtime;

namespace AtlasGen.Client.Tests.Connection;

/// <summary>The ways a user builds the client over their own HttpClient, and where the requests then go.</summary>
public sealed class ClientConstructionTests
{
    private static readonly Uri Simulator = new("http://127.0.0.1:5055");

    [Fact]
    public async Task A_client_over_an_AtlasConnection_sends_to_the_HttpClient_base_address()
    {
        var handler = new RecordingHandler(CannedResponse.NoContent());
        using var connection = new AtlasConnection(new HttpClient(handler) { BaseAddress = Simulator });
        using var client = new AtlasClient(connection);

        await client.Projects.DeleteGroupAsync(Ids.Group);

        Assert.Equal(new Uri(Simulator, $"/api/atlas/v2/groups/{Ids.Group}"), handler.Single.Uri);
        Assert.Same(connection, client.Connection);
    }

    [Fact]
    public async Task Options_base_address_wins_when_set()
    {
        var handler = new RecordingHandler(CannedResponse.NoContent());
        using var client = new AtlasClient(new HttpClient(handler) { BaseAddress = new Uri("http://ignored.example") }, new AtlasClientOptions { BaseAddress = Simulator });

        await client.Projects.DeleteGroupAsync(Ids.Group);

        Assert.Equal(Simulator.Authority, handler.Single.Uri.Authority);
    }

    [Fact]
    public async Task A_base_address_with_a_path_prefix_keeps_it()
    {
        var handler = new RecordingHandler(CannedResponse.NoContent());
        using var client = new AtlasClient(new HttpClient(handler), new AtlasClientOptions { BaseAddress = new Uri("https://proxy.example/atlas/") });

        await client.Projects.DeleteGroupAsync(Ids.Group);

        Assert.Equal("https://proxy.example/atlas/api/atlas/v2/groups/" + Ids.Group, handler.Single.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_positional_token_reaches_the_request_through_the_token_overload()
    {
        var handler = new RecordingHandler(CannedResponse.NoContent());
        using var client = new AtlasClient(new HttpClient(handler), new AtlasClientOptions { BaseAddress = Simulator });
        using var cancelled = new System.Threading.CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Projects.DeleteGroupAsync(Ids.Group, cancelled.Token));
        await client.Projects.DeleteGroupAsync(Ids.Group, System.Threading.CancellationToken.None);

        // The overload leaves the optional parameters to the spec's defaults: nothing in the query.
        Assert.Equal("/api/atlas/v2/groups/" + Ids.Group, handler.Single.Uri.PathAndQuery);
    }

    [Fact]
    public async Task The_User_Agent_comes_from_the_options()
    {
        var handler = new RecordingHandler(CannedResponse.NoContent());
        using var client = new AtlasClient(new HttpClient(handler), new AtlasClientOptions { UserAgent = "orders-service/1.2" });

        await client.Projects.DeleteGroupAsync(Ids.Group);

        Assert.Equal("orders-service/1.2", handler.Single.Headers["User-Agent"]);
    }

    [Fact]
    public async Task Options_that_leave_the_base_address_unset_keep_the_HttpClient_base_address()
    {
        // AtlasConnection's contract: "The base address comes from options, else from the HttpClient, else Atlas."
        // Options given only for the User-Agent must not redirect a simulator-bound HttpClient to production Atlas.
        var handler = new RecordingHandler(CannedResponse.NoContent());
        using var client = new AtlasClient(new HttpClient(handler) { BaseAddress = Simulator }, new AtlasClientOptions { UserAgent = "orders-service/1.2" });

        await client.Projects.DeleteGroupAsync(Ids.Group);

        Assert.Equal(Simulator.Authority, handler.Single.Uri.Authority);
    }
}

namespace AtlasGen.Client.Tests.Operations;

/// <summary>A call's cancellation token reaches the transport.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task An_already_cancelled_call_sends_nothing()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.NoContent());
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Projects.DeleteGroupAsync(Ids.Group, cancellationToken: cts.Token));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task An_already_cancelled_call_with_a_result_sends_nothing()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json("{}"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Teams.ListGroupTeamsAsync(Ids.Group, cancellationToken: cts.Token));

        Assert.Empty(handler.Requests);
    }
}

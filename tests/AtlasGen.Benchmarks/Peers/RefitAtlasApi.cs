using Refit;

namespace AtlasGen.Benchmarks.Peers;

/// <summary>The two operations of the call benchmarks as a Refit user declares them; Refit's generator implements it.</summary>
public interface IRefitAtlasApi
{
    [Get("/api/atlas/v2/groups/{groupId}")]
    [Headers("Accept: application/vnd.atlas.2023-01-01+json")]
    Task<PeerGroup> GetGroupAsync(string groupId, CancellationToken cancellationToken);

    [Post("/api/atlas/v2/groups")]
    [Headers("Accept: application/vnd.atlas.2023-01-01+json")]
    Task<PeerGroup> CreateGroupAsync([Body] PeerGroup body, CancellationToken cancellationToken);
}

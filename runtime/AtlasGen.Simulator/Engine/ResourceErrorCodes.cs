
namespace AtlasGen.Simulator.Engine;

/// <summary>The 404 error code Atlas answers for a missing item, by the item path's key parameter; RESOURCE_NOT_FOUND where none is known.</summary>
internal static class ResourceErrorCodes
{
    private static readonly Dictionary<string, string> s_byKey = new(System.StringComparer.Ordinal)
    {
        ["clusterName"] = "CLUSTER_NOT_FOUND",
        ["username"] = "USERNAME_NOT_FOUND",
        ["userId"] = AtlasErrorCodes.UserNotFound,
        ["teamId"] = AtlasErrorCodes.TeamNotFound,
        ["apiUserId"] = AtlasErrorCodes.ApiKeyNotFound,
        ["invitationId"] = AtlasErrorCodes.InvitationNotFound,
    };

    public static SimulatorApiException NotFound(string keyParameter, string key)
        => SimulatorApiException.NotFound(
            s_byKey.TryGetValue(keyParameter, out var code) ? code : AtlasErrorCodes.ResourceNotFound,
            $"No resource with {keyParameter} {key} exists.",
            key);
}

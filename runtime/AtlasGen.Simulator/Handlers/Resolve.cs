namespace AtlasGen.Simulator.Handlers;

/// <summary>Looks up the resources a path names; a missing one is 404 RESOURCE_NOT_FOUND.</summary>
internal static class Resolve
{
    public static ProjectRecord Project(OperationContext context)
    {
        var groupId = context.Route("groupId");
        return context.State.Projects.Get(groupId)
            ?? throw SimulatorApiException.GroupNotFound(groupId);
    }

    public static string Organization(OperationContext context) => Organization(context, context.Route("orgId"));

    public static string Organization(OperationContext context, string orgId)
        => orgId == context.State.Organization.Id
            ? orgId
            : throw SimulatorApiException.NotFound(AtlasErrorCodes.OrgNotFound, $"No organization with ID {orgId} exists.", orgId);

    /// <summary>An API key of the path's organization.</summary>
    public static ApiKeyRecord ApiKey(OperationContext context, string orgId)
    {
        var apiUserId = context.Route("apiUserId");
        var key = context.State.ApiKeys.Get(apiUserId);
        return key is not null && key.OrgId == orgId
            ? key
            : throw SimulatorApiException.ApiKeyNotFound(apiUserId);
    }
}

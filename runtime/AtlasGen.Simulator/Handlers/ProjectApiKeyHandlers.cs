using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// Organization API keys as seen from one project: list those assigned, create one assigned, assign, change roles, unassign.
/// </summary>
internal static class ProjectApiKeyHandlers
{
    public static Task ListAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var keys = context.State.ApiKeys.Snapshot().Select(k => k.Snapshot()).Where(k => k.IsAssignedTo(project.Id)).ToList();
        return ApiKeyViews.WritePageAsync(context, keys);
    }

    public static async Task CreateAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.CreateAtlasProjectApiKey).ConfigureAwait(false);
        var desc = ApiKeyHandlers.Description(body.Desc);
        var roles = Check.Roles(body.Roles, "roles", "GROUP_");
        var key = context.State.ApiKeys.Create(context.State.Ids.Next(), project.OrgId, desc, roles.Select(r => new KeyRole(project.Id, r)));
        await context.OkAsync(ApiKeyViews.View(context, key.Snapshot(), revealPrivateKey: true), OperationContext.Json.ApiKeyUserDetails).ConfigureAwait(false);
    }

    public static async Task AssignAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var key = Resolve.ApiKey(context, project.OrgId);
        var body = await context.ReadBodyAsync(OperationContext.Json.ListUserAccessRoleAssignment).ConfigureAwait(false);
        var roles = Check.Roles(body.SelectMany(assignment => Check.Required(assignment, "roles").Roles ?? new List<string>()).ToList(), "roles", "GROUP_");
        key.SetProjectRoles(project.Id, roles);
        await context.NoContentAsync().ConfigureAwait(false);
    }

    public static async Task UpdateRolesAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var key = AssignedKey(context, project);
        var body = await context.ReadBodyAsync(OperationContext.Json.UpdateAtlasProjectApiKey).ConfigureAwait(false);
        var updated = body.Roles is null ? key.UpdateOrganization(body.Desc, null) : key.SetProjectRoles(project.Id, Check.Roles(body.Roles, "roles", "GROUP_"), body.Desc);
        await context.OkAsync(ApiKeyViews.View(context, updated), OperationContext.Json.ApiKeyUserDetails).ConfigureAwait(false);
    }

    public static Task UnassignAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var key = AssignedKey(context, project);
        return key.RemoveProject(project.Id) ? context.NoContentAsync() : throw KeyNotInProject(key.Id);
    }

    private static ApiKeyRecord AssignedKey(OperationContext context, ProjectRecord project)
    {
        var key = Resolve.ApiKey(context, project.OrgId);
        return key.Snapshot().IsAssignedTo(project.Id)
            ? key
            : throw KeyNotInProject(key.Id);
    }

    private static SimulatorApiException KeyNotInProject(string keyId)
        => SimulatorApiException.NotFound(AtlasErrorCodes.ApiKeyNotInGroup, $"The API key {keyId} is not assigned to this project.", keyId);
}

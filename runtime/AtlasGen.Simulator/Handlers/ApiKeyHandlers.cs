using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Organization API keys: list, create, read, update and delete. A key it creates can authenticate at once.</summary>
internal static class ApiKeyHandlers
{
    public static Task ListAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var keys = context.State.ApiKeys.Snapshot().Where(k => k.OrgId == orgId).Select(k => k.Snapshot()).ToList();
        return ApiKeyViews.WritePageAsync(context, keys);
    }

    public static async Task CreateAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.CreateAtlasOrganizationApiKey).ConfigureAwait(false);
        var desc = Description(body.Desc);
        var roles = Check.Roles(body.Roles?.Select(r => r.Value).ToList(), "roles", "ORG_").Select(r => new KeyRole(null, r)).ToList();
        var key = context.State.ApiKeys.Create(context.State.Ids.Next(), orgId, desc, roles);
        await context.OkAsync(ApiKeyViews.View(context, key.Snapshot(), revealPrivateKey: true), OperationContext.Json.ApiKeyUserDetails).ConfigureAwait(false);
    }

    public static Task GetAsync(OperationContext context)
    {
        var key = Resolve.ApiKey(context, Resolve.Organization(context));
        return context.OkAsync(ApiKeyViews.View(context, key.Snapshot()), OperationContext.Json.ApiKeyUserDetails);
    }

    public static async Task UpdateAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var key = Resolve.ApiKey(context, orgId);
        var body = await context.ReadBodyAsync(OperationContext.Json.UpdateAtlasOrganizationApiKey).ConfigureAwait(false);
        var orgRoles = body.Roles is null ? null : Check.Roles(body.Roles.Select(r => r.Value).ToList(), "roles", "ORG_");
        var updated = key.UpdateOrganization(body.Desc, orgRoles);
        await context.OkAsync(ApiKeyViews.View(context, updated), OperationContext.Json.ApiKeyUserDetails).ConfigureAwait(false);
    }

    public static Task DeleteAsync(OperationContext context)
    {
        var key = Resolve.ApiKey(context, Resolve.Organization(context));
        return context.State.ApiKeys.Remove(key.Id)
            ? context.NoContentAsync()
            : throw SimulatorApiException.ApiKeyNotFound(key.Id);
    }

    /// <summary>Atlas requires a description on a new key (its length is the spec's rule, checked with the body).</summary>
    public static string Description(string? desc) => Check.Required(desc, "desc");
}

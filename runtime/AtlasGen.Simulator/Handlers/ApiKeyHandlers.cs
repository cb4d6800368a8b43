using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;
using AtlasGen.Simulator.State;
using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Organization API keys: list, create, read, update and delete. A key it creates can authenticate at once.</summary>
internal static class ApiKeyHandlers
{
    public static Task ListAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var keys = context.State.ApiKeys.Snapshot().Where(k => k.OrgId == orgId).Select(k => k.Snapshot()).ToList();
        var (results, total, all) = context.Query.Page(keys);
        return context.OkAsync(
            new PaginatedApiApiUserView { Results = results.Select(k => ApiKeyViews.View(context, k)).ToList(), TotalCount = total, Links = context.PageLinks(all) },
            OperationContext.Json.PaginatedApiApiUserView);
    }

    public static async Task CreateAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.ApiCreateApiKeyView).ConfigureAwait(false);
        var desc = Description(body.Desc);
        var roles = Check.KnownList(body.Roles, "roles", required: true).Select(r => new KeyRole(null, r.Value)).Distinct().ToList();
        var key = context.State.ApiKeys.Create(context.State.Ids.Next(), orgId, desc, roles);
        await context.OkAsync(ApiKeyViews.View(context, key.Snapshot(), revealPrivateKey: true), OperationContext.Json.ApiApiUserView).ConfigureAwait(false);
    }

    public static Task GetAsync(OperationContext context)
    {
        var key = Resolve.ApiKey(context, Resolve.Organization(context));
        return context.OkAsync(ApiKeyViews.View(context, key.Snapshot()), OperationContext.Json.ApiApiUserView);
    }

    public static async Task UpdateAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var key = Resolve.ApiKey(context, orgId);
        var body = await context.ReadBodyAsync(OperationContext.Json.ApiApiUserView).ConfigureAwait(false);
        List<string>? orgRoles = null;
        var projectRoles = new Dictionary<string, List<string>>();
        if (body.Roles is { } roles)
        {
            orgRoles = new List<string>();
            foreach (var role in roles)
            {
                var name = Check.Known(Check.Required(role, "roles").RoleName, "roleName")?.Value ?? throw SimulatorApiException.MissingAttribute("roleName");
                if (role.GroupId is { } groupId)
                {
                    Check.ObjectId(groupId, "groupId");
                    _ = context.State.Projects.Get(groupId) ?? throw SimulatorApiException.GroupNotFound(groupId);
                    projectRoles.TryAdd(groupId, new List<string>());
                    projectRoles[groupId].Add(name);
                }
                else if (name.StartsWith("GROUP_", System.StringComparison.Ordinal))
                {
                    throw SimulatorApiException.MissingAttribute("groupId");
                }
                else
                {
                    orgRoles.Add(name);
                }
            }
        }

        var updated = key.UpdateOrganization(body.Desc, orgRoles?.Distinct().ToList());
        foreach (var (groupId, names) in projectRoles)
        {
            updated = key.SetProjectRoles(groupId, names.Distinct().ToList());
        }

        await context.OkAsync(ApiKeyViews.View(context, updated), OperationContext.Json.ApiApiUserView).ConfigureAwait(false);
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

namespace AtlasGen.Simulator.Handlers;

/// <summary>An API key as the API shows it: the private key in full only in the response that created the key.</summary>
internal static class ApiKeyViews
{
    public static ApiKeyUserDetails View(OperationContext context, ApiKeySnapshot key, bool revealPrivateKey = false) => new()
    {
        Id = key.Id,
        Desc = key.Desc,
        PublicKey = key.PublicKey,
        PrivateKey = revealPrivateKey ? key.PrivateKey : Redact(key.PrivateKey),
        Roles = key.Roles.Select(r => r.GroupId is null
                ? new CloudAccessRoleAssignment { OrgId = key.OrgId, RoleName = r.RoleName }
                : new CloudAccessRoleAssignment { GroupId = r.GroupId, RoleName = r.RoleName })
            .ToList(),
        Links = context.SelfLink($"/api/atlas/v2/orgs/{key.OrgId}/apiKeys/{key.Id}"),
    };

    /// <summary>Atlas's redaction: "********-****-****-" and the last 12 characters.</summary>
    public static string Redact(string privateKey)
        => "********-****-****-" + (privateKey.Length > 12 ? privateKey[^12..] : privateKey);

    /// <summary>One page of keys (the query's pageNum and itemsPerPage), as the organization's and a project's key lists answer.</summary>
    public static Task WritePageAsync(OperationContext context, List<ApiKeySnapshot> keys)
    {
        var (results, total, all) = context.Query.Page(keys);
        return context.OkAsync(
            new PaginatedApiApiUserView { Results = results.Select(k => View(context, k)).ToList(), TotalCount = total, Links = context.PageLinks(all) },
            OperationContext.Json.PaginatedApiApiUserView);
    }
}

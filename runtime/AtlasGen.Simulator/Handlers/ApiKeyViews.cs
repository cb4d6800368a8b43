using System.Linq;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;
using AtlasGen.Simulator.State;

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
}

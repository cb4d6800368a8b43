namespace AtlasGen.Simulator.Authorization;

/// <summary>
/// Whether a caller's roles meet the role an operation's description names ("Project Owner", "Organization Member",
/// "Read Write"...), in the request's project or organization. Atlas's hierarchy: an organization owner may do
/// anything in its organization; a project owner anything in its project; any role of a scope reads it (Read Only,
/// Member); organization read-only reads every project; "Read Write" is any role that isn't read-only.
/// </summary>
internal static class RoleRequirement
{
    private const string OrgOwner = "ORG_OWNER";
    private const string GroupOwner = "GROUP_OWNER";

    /// <summary>True when any one of <paramref name="requiredRoles"/> is met; no named role means any authenticated caller.</summary>
    public static bool IsMet(IReadOnlyList<string> requiredRoles, IReadOnlyList<KeyRole> roles, string? groupId)
        => requiredRoles.Count == 0
        || roles.Any(r => r.GroupId is null && r.RoleName == OrgOwner)
        || requiredRoles.Any(required => Meets(Code(required), roles, groupId));

    /// <summary>"Project Cluster Manager" is GROUP_CLUSTER_MANAGER, "Organization Member" ORG_MEMBER; "Read Write" stays itself.</summary>
    public static string Code(string roleName)
    {
        var words = roleName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var scope = words[0] switch
        {
            "Organization" => "ORG_",
            "Project" => "GROUP_",
            _ => null,
        };
        return scope is null ? roleName : scope + string.Join("_", words.Skip(1)).ToUpperInvariant();
    }

    private static bool Meets(string required, IReadOnlyList<KeyRole> roles, string? groupId)
    {
        var orgRoles = roles.Where(r => r.GroupId is null).Select(r => r.RoleName).ToList();
        var projectRoles = roles.Where(r => r.GroupId is not null && (groupId is null || r.GroupId == groupId)).Select(r => r.RoleName).ToList();
        if (required == "Read Write")
        {
            return orgRoles.Concat(projectRoles).Any(r => !r.EndsWith("_READ_ONLY", StringComparison.Ordinal));
        }

        if (required.StartsWith("ORG_", StringComparison.Ordinal))
        {
            return orgRoles.Contains(required) || (required is "ORG_MEMBER" or "ORG_READ_ONLY" && orgRoles.Count > 0);
        }

        return projectRoles.Contains(required)
            || projectRoles.Contains(GroupOwner)
            || (required == "GROUP_READ_ONLY" && (projectRoles.Count > 0 || orgRoles.Contains("ORG_READ_ONLY")));
    }
}

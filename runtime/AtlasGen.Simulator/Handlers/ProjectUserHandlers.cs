namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// Users of a project. A new project starts with the organization owner (and projectOwnerId, if given); with
/// includeOrgUsers=true the list also shows organization users who are not members. Version 2025-02-19 answers
/// GroupUserResponse (active members), the deprecated 2023-01-01 the older CloudAppUser.
/// </summary>
internal static class ProjectUserHandlers
{
    private const string Version20230101 = "application/vnd.atlas.2023-01-01+json";

    public static Task ListAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var includeOrgUsers = context.QueryBool("includeOrgUsers", false);
        var members = project.Members.Snapshot().ToDictionary(m => m.UserId);
        var users = context.State.Organization.Users.Where(u => includeOrgUsers || members.ContainsKey(u.Id)).ToList();
        var (results, total, all) = context.Query.Page(users);
        if (string.Equals(context.MediaType, Version20230101, System.StringComparison.OrdinalIgnoreCase))
        {
            return context.OkAsync(
                new PaginatedAppUserView { Results = results.Select(u => AppUser(context, project, u, members.GetValueOrDefault(u.Id))).ToList(), TotalCount = total, Links = context.PageLinks(all) },
                OperationContext.Json.PaginatedAppUserView);
        }

        return context.OkAsync(
            new PaginatedGroupUserView { Results = results.Select(u => (GroupUserResponse)GroupUser(u, members.GetValueOrDefault(u.Id))).ToList(), TotalCount = total, Links = context.PageLinks(all) },
            OperationContext.Json.PaginatedGroupUserView);
    }

    public static Task RemoveAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var userId = context.Route("userId");
        return project.Members.Remove(userId)
            ? context.NoContentAsync()
            : throw SimulatorApiException.NotFound(AtlasErrorCodes.UserNotInGroup, $"The specified user {userId} is not in the group.", userId);
    }

    private static GroupActiveUserResponse GroupUser(OrgUser user, ProjectMemberRecord? member) => new()
    {
        Id = user.Id,
        Username = user.Username,
        OrgMembershipStatus = OrgMembershipStatus.Active,
        Roles = (member?.Roles ?? System.Array.Empty<string>()).ToList(),
        FirstName = user.FirstName,
        LastName = user.LastName,
        Country = user.Country,
        // Atlas shows no user's mobile number to an API key (null in every recording).
        MobileNumber = null,
        CreatedAt = user.CreatedAt,
    };

    private static CloudAppUser AppUser(OperationContext context, ProjectRecord project, OrgUser user, ProjectMemberRecord? member) => new()
    {
        Id = user.Id,
        Username = user.Username,
        EmailAddress = user.Username,
        FirstName = user.FirstName,
        LastName = user.LastName,
        Country = user.Country,
        MobileNumber = null!,
        CreatedAt = user.CreatedAt,
        // Never the password: Atlas returns it only in the response that created the user.
        Password = null!,
        Roles = (member?.Roles ?? System.Array.Empty<string>()).Select(r => new CloudAccessRoleAssignment { GroupId = project.Id, RoleName = r })
            .Append(new CloudAccessRoleAssignment { OrgId = context.State.Organization.Id, RoleName = user.Id == context.State.Organization.Owner.Id ? "ORG_OWNER" : "ORG_MEMBER" })
            .ToList(),
        TeamIds = new(),
        Links = context.SelfLink($"/api/atlas/v2/groups/{project.Id}/users/{user.Id}"),
    };
}

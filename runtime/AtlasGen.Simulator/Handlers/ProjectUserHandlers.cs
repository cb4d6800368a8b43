using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;
using AtlasGen.Simulator.State;

namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// Users of a project. A new project starts with the organization owner (and projectOwnerId, if given); with
/// includeOrgUsers=true the list also shows organization users who are not members.
/// </summary>
internal static class ProjectUserHandlers
{
    public static Task ListAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var includeOrgUsers = context.QueryBool("includeOrgUsers", false);
        context.QueryBool("flattenTeams", false);
        var members = project.Members.Snapshot().ToDictionary(m => m.UserId);
        var users = context.State.Organization.Users
            .Where(u => includeOrgUsers || members.ContainsKey(u.Id))
            .Select(u => View(context, project, u, members.GetValueOrDefault(u.Id)))
            .ToList();
        var (results, total, all) = context.Query.Page(users);
        return context.OkAsync(new PaginatedApiAppUserView { Results = results, TotalCount = total, Links = context.PageLinks(all) }, OperationContext.Json.PaginatedApiAppUserView);
    }

    public static Task RemoveAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var userId = context.Route("userId");
        return project.Members.Remove(userId)
            ? context.NoContentAsync()
            : throw SimulatorApiException.NotFound(AtlasErrorCodes.UserNotInGroup, $"The specified user {userId} is not in the group.", userId);
    }

    private static ApiAppUserView View(OperationContext context, ProjectRecord project, OrgUser user, ProjectMemberRecord? member) => new()
    {
        Id = user.Id,
        Username = user.Username,
        EmailAddress = user.Username,
        FirstName = user.FirstName,
        LastName = user.LastName,
        Country = user.Country,
        MobileNumber = user.MobileNumber,
        CreatedAt = user.CreatedAt,
        // Never the password: Atlas returns it only in the response that created the user.
        Password = null!,
        Roles = (member?.Roles ?? System.Array.Empty<string>()).Select(r => new ApiRoleAssignmentView { GroupId = project.Id, RoleName = new OrgOrProjectRole(r) })
            .Append(new ApiRoleAssignmentView { OrgId = context.State.Organization.Id, RoleName = new OrgOrProjectRole(user.Id == context.State.Organization.Owner.Id ? "ORG_OWNER" : "ORG_MEMBER") })
            .ToList(),
        TeamIds = new(),
        Links = context.SelfLink($"/api/atlas/v2/groups/{project.Id}/users/{user.Id}"),
    };
}

using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Organization teams in a project, each with project roles.</summary>
internal static class TeamHandlers
{
    public static Task ListAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        return WritePageAsync(context, project, project.Teams.Snapshot());
    }

    public static async Task AddAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.ListTeamRole).ConfigureAwait(false);
        if (body.Count == 0)
        {
            throw SimulatorApiException.MissingAttribute("teamId");
        }

        var added = new List<TeamRoleRecord>();
        foreach (var item in body)
        {
            var teamId = Check.Required(Check.Required(item, "teamId").TeamId, "teamId");
            Check.ObjectId(teamId, "teamId");
            _ = context.State.Organization.Team(teamId) ?? throw SimulatorApiException.NotFound(AtlasErrorCodes.TeamNotFound, $"No team with ID {teamId} exists.", teamId);
            added.Add(new TeamRoleRecord(teamId, Roles(item.RoleNames)));
        }

        foreach (var team in added)
        {
            if (!project.Teams.TryAdd(team.TeamId, team))
            {
                throw SimulatorApiException.Conflict(AtlasErrorCodes.TeamAlreadyInGroup, $"The team {team.TeamId} is already in this project.", team.TeamId);
            }
        }

        await WritePageAsync(context, project, added).ConfigureAwait(false);
    }

    public static async Task UpdateRolesAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var teamId = context.Route("teamId");
        var body = await context.ReadBodyAsync(OperationContext.Json.TeamRole).ConfigureAwait(false);
        var roles = Roles(body.RoleNames);
        var updated = project.Teams.Update(teamId, t => t with { RoleNames = roles })
            ?? throw TeamNotInProject(teamId);
        await WritePageAsync(context, project, new[] { updated }).ConfigureAwait(false);
    }

    public static Task RemoveAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var teamId = context.Route("teamId");
        return project.Teams.Remove(teamId) ? context.NoContentAsync() : throw TeamNotInProject(teamId);
    }

    private static IReadOnlyList<string> Roles(List<string>? roles) => Check.Roles(roles, "roleNames", "GROUP_");

    private static Task WritePageAsync(OperationContext context, ProjectRecord project, IReadOnlyList<TeamRoleRecord> teams)
    {
        var (results, total, all) = context.Query.Page(teams);
        var page = new PaginatedTeamRoleView
        {
            Results = results.Select(t => new TeamRole
            {
                TeamId = t.TeamId,
                RoleNames = t.RoleNames.ToList(),
                Links = context.SelfLink($"/api/atlas/v2/groups/{project.Id}/teams/{t.TeamId}"),
            }).ToList(),
            TotalCount = total,
            Links = context.PageLinks(all),
        };
        return context.OkAsync(page, OperationContext.Json.PaginatedTeamRoleView);
    }

    private static SimulatorApiException TeamNotInProject(string teamId)
        => SimulatorApiException.NotFound(AtlasErrorCodes.TeamNotFound, $"Team {teamId} is not in this project.", teamId);
}

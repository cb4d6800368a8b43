using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Projects: list, create, read (by ID or name) and delete.</summary>
internal static class ProjectHandlers
{
    public static Task ListAsync(OperationContext context)
    {
        var (results, total, all) = context.Query.Page(context.State.Projects.Snapshot());
        return context.OkAsync(
            new PaginatedAtlasGroupView { Results = results.Select(p => View(context, p)).ToList(), TotalCount = total, Links = context.PageLinks(all) },
            OperationContext.Json.PaginatedAtlasGroupView);
    }

    public static async Task CreateAsync(OperationContext context)
    {
        var body = await context.ReadBodyAsync(OperationContext.Json.Group).ConfigureAwait(false);
        var name = Check.Required(body.Name, "name");
        var orgId = Check.Required(body.OrgId, "orgId");
        Resolve.Organization(context, orgId);

        var owners = new[] { context.State.Organization.Owner.Id }.ToList();
        if (context.QueryString("projectOwnerId") is { } ownerId)
        {
            var owner = context.State.Organization.User(ownerId)
                ?? throw SimulatorApiException.NotFound(AtlasErrorCodes.UserNotFound, $"No user with ID {ownerId} exists.", ownerId);
            if (!owners.Contains(owner.Id))
            {
                owners.Add(owner.Id);
            }
        }

        var project = context.State.Projects.TryCreate(context.State.Ids.Next(), name, orgId, context.State.Now)
            ?? throw SimulatorApiException.Conflict(AtlasErrorCodes.GroupAlreadyExists, $"A project with name \"{name}\" already exists.", name);
        foreach (var ownerUserId in owners)
        {
            project.Members.TryAdd(ownerUserId, new ProjectMemberRecord(ownerUserId, new[] { "GROUP_OWNER" }));
        }

        project.WithDefaultAlertsSettings = body.WithDefaultAlertsSettings ?? true;
        // Atlas's answer to a creation has no tags yet; its reads list them.
        await context.OkAsync(View(context, project, withTags: false), OperationContext.Json.Group).ConfigureAwait(false);
    }

    public static Task GetAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        return context.OkAsync(View(context, project), OperationContext.Json.Group);
    }

    public static Task GetByNameAsync(OperationContext context)
    {
        var name = context.Route("groupName");
        var project = context.State.Projects.GetByName(name)
            ?? throw SimulatorApiException.NotFound(AtlasErrorCodes.GroupNameNotFound, $"No group with name {name} exists.", name);
        return context.OkAsync(View(context, project), OperationContext.Json.Group);
    }

    public static Task DeleteAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        if (!context.State.Projects.Remove(project.Id))
        {
            throw SimulatorApiException.GroupNotFound(project.Id);
        }

        // A deleted project takes its API key assignments with it.
        foreach (var key in context.State.ApiKeys.Snapshot())
        {
            key.RemoveProject(project.Id);
        }

        return context.NoContentAsync();
    }

    private static Group View(OperationContext context, ProjectRecord project, bool withTags = true) => new()
    {
        Id = project.Id,
        Name = project.Name,
        OrgId = project.OrgId,
        Created = project.Created,
        ClusterCount = 0,
        // writeOnly in the spec, yet Atlas returns it; the server metadata writes a writeOnly property that is set.
        WithDefaultAlertsSettings = project.WithDefaultAlertsSettings,
        Tags = withTags ? new() : null,
        Links = context.SelfLink("/api/atlas/v2/groups/" + project.Id),
    };
}

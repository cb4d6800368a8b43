using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Project invitations: pending until the user accepts (which no API call does), 30 days at most.</summary>
internal static class InvitationHandlers
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static Task ListAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var username = context.QueryString("username");
        var invitations = project.Invitations.Snapshot()
            .Where(i => username is null || string.Equals(i.Username, username, StringComparison.OrdinalIgnoreCase))
            .Select(i => View(context, project, i))
            .ToList();
        return context.OkAsync(invitations, OperationContext.Json.ListGroupInvitation);
    }

    public static async Task CreateAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.GroupInvitationRequest).ConfigureAwait(false);
        var username = Username(body.Username);
        var roles = Roles(body.Roles);
        var now = context.State.Now;
        var invitation = new InvitationRecord(context.State.Ids.Next(), username, roles, context.Caller ?? "", now, now + Lifetime);
        if (!project.Invitations.TryAdd(invitation.Id, invitation, i => string.Equals(i.Username, username, StringComparison.OrdinalIgnoreCase)))
        {
            throw SimulatorApiException.Conflict(AtlasErrorCodes.UserAlreadyInvited, $"The user {username} already has a pending invitation to this project.", username);
        }

        await context.OkAsync(View(context, project, invitation), OperationContext.Json.GroupInvitation).ConfigureAwait(false);
    }

    public static async Task UpdateByUsernameAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.GroupInvitationRequest).ConfigureAwait(false);
        var username = Username(body.Username);
        var roles = Roles(body.Roles);
        var existing = project.Invitations.Find(i => string.Equals(i.Username, username, StringComparison.OrdinalIgnoreCase))
            ?? throw NoPendingInvitation(username);
        var updated = project.Invitations.Update(existing.Id, i => i with { Roles = roles })
            ?? throw NoPendingInvitation(username);
        await context.OkAsync(View(context, project, updated), OperationContext.Json.GroupInvitation).ConfigureAwait(false);
    }

    public static Task GetAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        return context.OkAsync(View(context, project, Find(context, project)), OperationContext.Json.GroupInvitation);
    }

    public static async Task UpdateByIdAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.GroupInvitationUpdateRequest).ConfigureAwait(false);
        var roles = Roles(body.Roles);
        var id = context.Route("invitationId");
        var updated = project.Invitations.Update(id, i => i with { Roles = roles })
            ?? throw InvitationNotFound(id);
        await context.OkAsync(View(context, project, updated), OperationContext.Json.GroupInvitation).ConfigureAwait(false);
    }

    public static Task DeleteAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var id = context.Route("invitationId");
        return project.Invitations.Remove(id) ? context.NoContentAsync() : throw InvitationNotFound(id);
    }

    private static InvitationRecord Find(OperationContext context, ProjectRecord project)
    {
        var id = context.Route("invitationId");
        return project.Invitations.Get(id) ?? throw InvitationNotFound(id);
    }

    private static string Username(string? username)
    {
        var value = Check.Required(username, "username");
        // The spec's format is email; Atlas refuses anything that is not an address.
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace) ? value : throw SimulatorApiException.InvalidAttribute("username");
    }

    private static IReadOnlyList<string> Roles(List<string>? roles) => Check.Roles(roles, "roles", "GROUP_");

    private static GroupInvitation View(OperationContext context, ProjectRecord project, InvitationRecord invitation) => new()
    {
        Id = invitation.Id,
        GroupId = project.Id,
        GroupName = project.Name,
        Username = invitation.Username,
        InviterUsername = invitation.InviterUsername,
        CreatedAt = invitation.CreatedAt,
        ExpiresAt = invitation.ExpiresAt,
        // Atlas's invitations carry no links.
        Roles = invitation.Roles.ToList(),
    };

    private static SimulatorApiException InvitationNotFound(string id)
        => SimulatorApiException.NotFound(AtlasErrorCodes.InvitationNotFound, $"No invitation with ID {id} exists.", id);

    private static SimulatorApiException NoPendingInvitation(string username)
        => SimulatorApiException.NotFound(AtlasErrorCodes.InvitationNotFound, $"No pending invitation for {username} exists in this project.", username);
}

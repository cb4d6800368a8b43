using AtlasGen.Simulator.Engine;
using AtlasGen.Simulator.Handlers;
using static AtlasGen.Simulator.Routing.ResponseShape;

using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Routing;

/// <summary>
/// The hand-written half of the operation table: which handler answers each seed operationId, and the shape of its
/// body. Methods, paths, versions, parameters and roles come from the spec, through the generated
/// <see cref="SimulatorSpec"/>; every operation without a handler here is answered by the <see cref="SpecEngine"/>.
/// </summary>
internal static class OperationHandlers
{
    private static readonly Dictionary<string, (ResponseShape Shape, OperationHandler Handler)> s_handlers = new(StringComparer.Ordinal)
    {
        // Auditing
        ["getGroupAuditLog"] = (Resource, AuditingHandlers.GetAsync),
        ["updateGroupAuditLog"] = (Resource, AuditingHandlers.UpdateAsync),

        // Programmatic API Keys: project assignments
        ["listGroupApiKeys"] = (Page, ProjectApiKeyHandlers.ListAsync),
        ["createGroupApiKey"] = (Resource, ProjectApiKeyHandlers.CreateAsync),
        ["addGroupApiKey"] = (None, ProjectApiKeyHandlers.AssignAsync),
        ["removeGroupApiKey"] = (None, ProjectApiKeyHandlers.UnassignAsync),
        ["updateGroupApiKeyRoles"] = (Resource, ProjectApiKeyHandlers.UpdateRolesAsync),

        // Programmatic API Keys: organization keys and their access lists
        ["listOrgApiKeys"] = (Page, ApiKeyHandlers.ListAsync),
        ["createOrgApiKey"] = (Resource, ApiKeyHandlers.CreateAsync),
        ["getOrgApiKey"] = (Resource, ApiKeyHandlers.GetAsync),
        ["deleteOrgApiKey"] = (None, ApiKeyHandlers.DeleteAsync),
        ["updateOrgApiKey"] = (Resource, ApiKeyHandlers.UpdateAsync),
        ["listOrgApiKeyAccessListEntries"] = (Page, AccessListHandlers.ListAsync),
        ["createOrgApiKeyAccessListEntry"] = (Page, AccessListHandlers.CreateAsync),
        ["getOrgApiKeyAccessListEntry"] = (Resource, AccessListHandlers.GetAsync),
        ["deleteOrgApiKeyAccessListEntry"] = (None, AccessListHandlers.DeleteAsync),

        // Projects
        ["listGroups"] = (Page, ProjectHandlers.ListAsync),
        ["createGroup"] = (Resource, ProjectHandlers.CreateAsync),
        ["getGroupByName"] = (Resource, ProjectHandlers.GetByNameAsync),
        ["getGroup"] = (Resource, ProjectHandlers.GetAsync),
        ["deleteGroup"] = (None, ProjectHandlers.DeleteAsync),
        ["listGroupInvites"] = (Resource, InvitationHandlers.ListAsync),
        ["createGroupInvite"] = (Resource, InvitationHandlers.CreateAsync),
        ["updateGroupInvites"] = (Resource, InvitationHandlers.UpdateByUsernameAsync),
        ["getGroupInvite"] = (Resource, InvitationHandlers.GetAsync),
        ["deleteGroupInvite"] = (None, InvitationHandlers.DeleteAsync),
        ["updateGroupInviteById"] = (Resource, InvitationHandlers.UpdateByIdAsync),
        ["listGroupLimits"] = (Resource, LimitHandlers.ListAsync),
        ["getGroupLimit"] = (Resource, LimitHandlers.GetAsync),
        ["deleteGroupLimit"] = (None, LimitHandlers.DeleteAsync),
        ["setGroupLimit"] = (Resource, LimitHandlers.SetAsync),
        ["getGroupSettings"] = (Resource, SettingsHandlers.GetAsync),
        ["updateGroupSettings"] = (Resource, SettingsHandlers.UpdateAsync),
        ["listGroupUsers"] = (Page, ProjectUserHandlers.ListAsync),
        ["removeGroupUser"] = (None, ProjectUserHandlers.RemoveAsync),

        // Teams
        ["listGroupTeams"] = (Page, TeamHandlers.ListAsync),
        ["addGroupTeams"] = (Page, TeamHandlers.AddAsync),
        ["removeGroupTeam"] = (None, TeamHandlers.RemoveAsync),
        ["updateGroupTeam"] = (Page, TeamHandlers.UpdateRolesAsync),

        // Test
        ["versionedExample"] = (Resource, ExampleHandlers.GetAsync),

        // Third-Party Integrations
        ["listGroupIntegrations"] = (Page, IntegrationHandlers.ListAsync),
        ["getGroupIntegration"] = (Resource, IntegrationHandlers.GetAsync),
        ["createGroupIntegration"] = (Page, IntegrationHandlers.CreateAsync),
        ["updateGroupIntegration"] = (Page, IntegrationHandlers.UpdateAsync),
        ["deleteGroupIntegration"] = (None, IntegrationHandlers.DeleteAsync),
    };

    /// <summary>
    /// Where Atlas's success status differs from the spec's, Atlas's (the recordings show each): a created project is
    /// 201, an auditing update and a project deletion are accepted (202, the deletion with an empty object).
    /// </summary>
    private static readonly Dictionary<string, int> s_atlasStatuses = new(StringComparer.Ordinal)
    {
        ["createGroup"] = 201,
        ["updateGroupAuditLog"] = 202,
        ["deleteGroup"] = 202,
    };

    /// <summary>Whether a hand-written handler answers the operation (the seed operations, in the bundled and the full spec).</summary>
    public static bool IsHandWritten(string operationId) => s_handlers.ContainsKey(operationId);

    /// <summary>Every route of the spec with its handler: the hand-written one where there is one, else the engine's.</summary>
    public static IReadOnlyList<SimulatorOperation> Create(SimulatorSpec spec, SpecEngine engine)
        => spec.Operations
            .Select(r => s_handlers.TryGetValue(r.OperationId, out var handwritten)
                ? new SimulatorOperation(r, handwritten.Shape, handwritten.Handler, s_atlasStatuses.TryGetValue(r.OperationId, out var status) ? status : null)
                : new SimulatorOperation(r, engine.ShapeOf(r), engine.HandlerFor(r)))
            .ToArray();
}

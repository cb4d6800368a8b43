using System.Collections.Generic;
using AtlasGen.Simulator.Handlers;
using static AtlasGen.Simulator.Routing.ResponseShape;
using static AtlasGen.Simulator.Routing.SimulatorOperation;

namespace AtlasGen.Simulator.Routing;

/// <summary>
/// The 45 operations of the bundled spec (shared/specs/seed-operations.tsv): method, path, media types and security
/// exactly as the spec declares them, each with its handler.
/// </summary>
internal static class OperationCatalog
{
    private const string Groups = "/api/atlas/v2/groups";
    private const string Group = Groups + "/{groupId}";
    private const string OrgKeys = "/api/atlas/v2/orgs/{orgId}/apiKeys";
    private const string OrgKey = OrgKeys + "/{apiUserId}";

    public static IReadOnlyList<SimulatorOperation> Create() => new[]
    {
        // Auditing
        Op("getAuditingConfiguration", "GET", Group + "/auditLog", Resource, AuditingHandlers.GetAsync),
        Op("updateAuditingConfiguration", "PATCH", Group + "/auditLog", Resource, AuditingHandlers.UpdateAsync),

        // Programmatic API Keys: project assignments
        Op("listProjectApiKeys", "GET", Group + "/apiKeys", Page, ProjectApiKeyHandlers.ListAsync),
        Op("createProjectApiKey", "POST", Group + "/apiKeys", Resource, ProjectApiKeyHandlers.CreateAsync),
        Op("addProjectApiKey", "POST", Group + "/apiKeys/{apiUserId}", Resource, ProjectApiKeyHandlers.AssignAsync),
        Op("removeProjectApiKey", "DELETE", Group + "/apiKeys/{apiUserId}", None, ProjectApiKeyHandlers.UnassignAsync),
        Op("updateApiKeyRoles", "PATCH", Group + "/apiKeys/{apiUserId}", Resource, ProjectApiKeyHandlers.UpdateRolesAsync),

        // Programmatic API Keys: organization keys and their access lists
        Op("listApiKeys", "GET", OrgKeys, Page, ApiKeyHandlers.ListAsync),
        Op("createApiKey", "POST", OrgKeys, Resource, ApiKeyHandlers.CreateAsync),
        Op("getApiKey", "GET", OrgKey, Resource, ApiKeyHandlers.GetAsync),
        Op("deleteApiKey", "DELETE", OrgKey, None, ApiKeyHandlers.DeleteAsync),
        Op("updateApiKey", "PATCH", OrgKey, Resource, ApiKeyHandlers.UpdateAsync),
        Op("listApiKeyAccessListsEntries", "GET", OrgKey + "/accessList", Page, AccessListHandlers.ListAsync),
        Op("createApiKeyAccessList", "POST", OrgKey + "/accessList", Resource, AccessListHandlers.CreateAsync),
        Op("getApiKeyAccessList", "GET", OrgKey + "/accessList/{ipAddress}", Resource, AccessListHandlers.GetAsync),
        Op("deleteApiKeyAcessList", "DELETE", OrgKey + "/accessList/{ipAddress}", None, AccessListHandlers.DeleteAsync),

        // Projects; the two reads the spec leaves without security need no digest here either.
        Op("listProjects", "GET", Groups, Page, ProjectHandlers.ListAsync, requiresAuthentication: false),
        Op("createProject", "POST", Groups, Resource, ProjectHandlers.CreateAsync),
        Op("getProjectByName", "GET", Groups + "/byName/{groupName}", Resource, ProjectHandlers.GetByNameAsync, requiresAuthentication: false),
        Op("getProject", "GET", Group, Resource, ProjectHandlers.GetAsync),
        Op("deleteProject", "DELETE", Group, None, ProjectHandlers.DeleteAsync),
        Op("listProjectInvitations", "GET", Group + "/invites", Resource, InvitationHandlers.ListAsync),
        Op("createProjectInvitation", "POST", Group + "/invites", Resource, InvitationHandlers.CreateAsync),
        Op("updateProjectInvitation", "PATCH", Group + "/invites", Resource, InvitationHandlers.UpdateByUsernameAsync),
        Op("getProjectInvitation", "GET", Group + "/invites/{invitationId}", Resource, InvitationHandlers.GetAsync),
        Op("deleteProjectInvitation", "DELETE", Group + "/invites/{invitationId}", None, InvitationHandlers.DeleteAsync),
        Op("updateProjectInvitationById", "PATCH", Group + "/invites/{invitationId}", Resource, InvitationHandlers.UpdateByIdAsync),
        Op("listProjectLimits", "GET", Group + "/limits", Resource, LimitHandlers.ListAsync),
        Op("getProjectLimit", "GET", Group + "/limits/{limitName}", Resource, LimitHandlers.GetAsync),
        Op("deleteProjectLimit", "DELETE", Group + "/limits/{limitName}", None, LimitHandlers.DeleteAsync),
        Op("setProjectLimit", "PATCH", Group + "/limits/{limitName}", Resource, LimitHandlers.SetAsync),
        Op("getProjectSettings", "GET", Group + "/settings", Resource, SettingsHandlers.GetAsync),
        Op("updateProjectSettings", "PATCH", Group + "/settings", Resource, SettingsHandlers.UpdateAsync),
        Op("listProjectUsers", "GET", Group + "/users", Page, ProjectUserHandlers.ListAsync),
        Op("removeProjectUser", "DELETE", Group + "/users/{userId}", None, ProjectUserHandlers.RemoveAsync),

        // Teams
        Op("listProjectTeams", "GET", Group + "/teams", Page, TeamHandlers.ListAsync),
        Op("addAllTeamsToProject", "POST", Group + "/teams", Page, TeamHandlers.AddAsync),
        Op("removeProjectTeam", "DELETE", Group + "/teams/{teamId}", None, TeamHandlers.RemoveAsync),
        Op("updateTeamRoles", "PATCH", Group + "/teams/{teamId}", Page, TeamHandlers.UpdateRolesAsync),

        // Test: the one operation on the 2023-02-01 version.
        new SimulatorOperation("versionedExample", "GET", "/api/atlas/v2/example/info", new[] { V20230201 }, true, Resource, ExampleHandlers.GetAsync),

        // Third-Party Integrations
        Op("listThirdPartyIntegrations", "GET", Group + "/integrations", Page, IntegrationHandlers.ListAsync),
        Op("getThirdPartyIntegration", "GET", Group + "/integrations/{integrationType}", Resource, IntegrationHandlers.GetAsync),
        Op("createThirdPartyIntegration", "POST", Group + "/integrations/{integrationType}", Page, IntegrationHandlers.CreateAsync),
        Op("updateThirdPartyIntegration", "PUT", Group + "/integrations/{integrationType}", Page, IntegrationHandlers.UpdateAsync),
        Op("deleteThirdPartyIntegration", "DELETE", Group + "/integrations/{integrationType}", None, IntegrationHandlers.DeleteAsync),
    };

    private static SimulatorOperation Op(string operationId, string method, string path, ResponseShape shape, OperationHandler handler, bool requiresAuthentication = true)
        => new(operationId, method, path, new[] { V20230101 }, requiresAuthentication, shape, handler);
}

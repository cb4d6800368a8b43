using System;
using System.Collections.Generic;
using System.Linq;
using AtlasGen.Simulator.Handlers;
using AtlasGen.Simulator.Models;
using static AtlasGen.Simulator.Routing.ResponseShape;

namespace AtlasGen.Simulator.Routing;

/// <summary>
/// The hand-written half of the operation table: which handler answers each operationId, and the shape of its body.
/// Methods, paths, versions, parameters and roles come from the spec, through the generated
/// <see cref="AtlasClientServerRoutes"/>.
/// </summary>
internal static class OperationHandlers
{
    private static readonly Dictionary<string, (ResponseShape Shape, OperationHandler Handler)> s_handlers = new(StringComparer.Ordinal)
    {
        // Auditing
        ["getAuditingConfiguration"] = (Resource, AuditingHandlers.GetAsync),
        ["updateAuditingConfiguration"] = (Resource, AuditingHandlers.UpdateAsync),

        // Programmatic API Keys: project assignments
        ["listProjectApiKeys"] = (Page, ProjectApiKeyHandlers.ListAsync),
        ["createProjectApiKey"] = (Resource, ProjectApiKeyHandlers.CreateAsync),
        ["addProjectApiKey"] = (Resource, ProjectApiKeyHandlers.AssignAsync),
        ["removeProjectApiKey"] = (None, ProjectApiKeyHandlers.UnassignAsync),
        ["updateApiKeyRoles"] = (Resource, ProjectApiKeyHandlers.UpdateRolesAsync),

        // Programmatic API Keys: organization keys and their access lists
        ["listApiKeys"] = (Page, ApiKeyHandlers.ListAsync),
        ["createApiKey"] = (Resource, ApiKeyHandlers.CreateAsync),
        ["getApiKey"] = (Resource, ApiKeyHandlers.GetAsync),
        ["deleteApiKey"] = (None, ApiKeyHandlers.DeleteAsync),
        ["updateApiKey"] = (Resource, ApiKeyHandlers.UpdateAsync),
        ["listApiKeyAccessListsEntries"] = (Page, AccessListHandlers.ListAsync),
        ["createApiKeyAccessList"] = (Resource, AccessListHandlers.CreateAsync),
        ["getApiKeyAccessList"] = (Resource, AccessListHandlers.GetAsync),
        ["deleteApiKeyAcessList"] = (None, AccessListHandlers.DeleteAsync),

        // Projects
        ["listProjects"] = (Page, ProjectHandlers.ListAsync),
        ["createProject"] = (Resource, ProjectHandlers.CreateAsync),
        ["getProjectByName"] = (Resource, ProjectHandlers.GetByNameAsync),
        ["getProject"] = (Resource, ProjectHandlers.GetAsync),
        ["deleteProject"] = (None, ProjectHandlers.DeleteAsync),
        ["listProjectInvitations"] = (Resource, InvitationHandlers.ListAsync),
        ["createProjectInvitation"] = (Resource, InvitationHandlers.CreateAsync),
        ["updateProjectInvitation"] = (Resource, InvitationHandlers.UpdateByUsernameAsync),
        ["getProjectInvitation"] = (Resource, InvitationHandlers.GetAsync),
        ["deleteProjectInvitation"] = (None, InvitationHandlers.DeleteAsync),
        ["updateProjectInvitationById"] = (Resource, InvitationHandlers.UpdateByIdAsync),
        ["listProjectLimits"] = (Resource, LimitHandlers.ListAsync),
        ["getProjectLimit"] = (Resource, LimitHandlers.GetAsync),
        ["deleteProjectLimit"] = (None, LimitHandlers.DeleteAsync),
        ["setProjectLimit"] = (Resource, LimitHandlers.SetAsync),
        ["getProjectSettings"] = (Resource, SettingsHandlers.GetAsync),
        ["updateProjectSettings"] = (Resource, SettingsHandlers.UpdateAsync),
        ["listProjectUsers"] = (Page, ProjectUserHandlers.ListAsync),
        ["removeProjectUser"] = (None, ProjectUserHandlers.RemoveAsync),

        // Teams
        ["listProjectTeams"] = (Page, TeamHandlers.ListAsync),
        ["addAllTeamsToProject"] = (Page, TeamHandlers.AddAsync),
        ["removeProjectTeam"] = (None, TeamHandlers.RemoveAsync),
        ["updateTeamRoles"] = (Page, TeamHandlers.UpdateRolesAsync),

        // Test
        ["versionedExample"] = (Resource, ExampleHandlers.GetAsync),

        // Third-Party Integrations
        ["listThirdPartyIntegrations"] = (Page, IntegrationHandlers.ListAsync),
        ["getThirdPartyIntegration"] = (Resource, IntegrationHandlers.GetAsync),
        ["createThirdPartyIntegration"] = (Page, IntegrationHandlers.CreateAsync),
        ["updateThirdPartyIntegration"] = (Page, IntegrationHandlers.UpdateAsync),
        ["deleteThirdPartyIntegration"] = (None, IntegrationHandlers.DeleteAsync),
    };

    /// <summary>Every route of the spec with its handler; a route without one is a simulator bug, found at start.</summary>
    public static IReadOnlyList<SimulatorOperation> Create()
    {
        var missing = AtlasClientServerRoutes.All.Where(r => !s_handlers.ContainsKey(r.OperationId)).Select(r => r.OperationId).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("The simulator has no handler for: " + string.Join(", ", missing));
        }

        return AtlasClientServerRoutes.All.Select(r => new SimulatorOperation(r, s_handlers[r.OperationId].Shape, s_handlers[r.OperationId].Handler)).ToArray();
    }
}

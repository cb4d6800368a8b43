using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Atlas;

namespace AtlasGen.Sample;

/// <summary>Against a real organization without --write: reads every tag, changes nothing.</summary>
internal sealed class ReadOnlyWorkflow(AtlasClient atlas, WorkflowLog log, int pageSize)
{
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var projects = 0;
        Group? first = null;
        await foreach (var project in atlas.Projects.EnumerateGroupsAsync(pageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            first ??= project;
            projects++;
        }

        log.Step("Projects", $"listed {projects} projects, {pageSize} per page");
        if (first?.Id is not { } groupId)
        {
            return $"Read {projects} projects; none to look into.";
        }

        var settings = await atlas.Projects.GetGroupSettingsAsync(groupId, cancellationToken: cancellationToken).ConfigureAwait(false);
        log.Step("Projects", $"settings of {first.Name}: data explorer {(settings.IsDataExplorerEnabled == true ? "on" : "off")}");
        var limit = await atlas.Projects.GetGroupLimitAsync(groupId, ProjectLimitName.AtlasProjectDeploymentClusters, cancellationToken: cancellationToken).ConfigureAwait(false);
        log.Step("Projects", $"cluster limit: {limit.Value}");
        var keys = await atlas.ProgrammaticApiKeys.ListGroupApiKeysAsync(groupId, cancellationToken: cancellationToken).ConfigureAwait(false);
        log.Step("Programmatic API Keys", $"{keys.TotalCount ?? keys.Results?.Count ?? 0} API keys assigned to the project");
        var orgKeys = await atlas.ProgrammaticApiKeys.ListOrgApiKeysAsync(first.OrgId, cancellationToken: cancellationToken).ConfigureAwait(false);
        log.Step("Programmatic API Keys", $"{orgKeys.TotalCount ?? orgKeys.Results?.Count ?? 0} API keys in the organization");
        var teams = await atlas.Teams.ListGroupTeamsAsync(groupId, cancellationToken: cancellationToken).ConfigureAwait(false);
        log.Step("Teams", $"{teams.Results?.Count ?? 0} teams in the project");
        var integrations = await atlas.ThirdPartyIntegrations.ListGroupIntegrationsAsync(groupId, cancellationToken: cancellationToken).ConfigureAwait(false);
        log.Step("Third-Party Integrations", $"{integrations.Results?.Count ?? 0} integrations");
        var auditing = await atlas.Auditing.GetGroupAuditLogAsync(groupId, cancellationToken: cancellationToken).ConfigureAwait(false);
        log.Step("Auditing", $"auditing {(auditing.Enabled == true ? "enabled" : "disabled")}");
        return $"Read {projects} projects and looked into {first.Name}; nothing was changed.";
    }
}

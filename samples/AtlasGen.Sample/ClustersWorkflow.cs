#if ATLASGEN_FULL_SPEC
using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Atlas;
using AtlasGen.Runtime;

namespace AtlasGen.Sample;

/// <summary>
/// The second workflow (--clusters), on the client generated from the full spec: a project with a dedicated cluster,
/// waited for until IDLE, a database user and an IP access-list entry (and its status), a pause and resume, then
/// everything removed again, the cluster waited for until it is gone. The generated client has no polling helper, so the
/// waits are written as a user would: read, check the state, pause, under the caller's token and a timeout.
/// </summary>
internal sealed class ClustersWorkflow(AtlasClient atlas, WorkflowLog log, string orgId, ClusterWaits waits)
{
    private const string Address = "192.0.2.10";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var project = await atlas.Projects.CreateGroupAsync(new Group { Name = "atlasgen-clusters-" + suffix, OrgId = orgId }, cancellationToken: ct).ConfigureAwait(false);
        var groupId = project.Id!;
        log.Step("Projects", $"created project {project.Name} ({groupId})");
        var clusterName = "sample-" + suffix;
        try
        {
            var cluster = await atlas.Clusters.CreateGroupClusterAsync(groupId, DedicatedCluster.M10(clusterName), ct).ConfigureAwait(false);
            log.Step("Clusters", $"created cluster {clusterName}: {cluster.StateName}");
            (cluster, var polls) = await WaitForClusterAsync(groupId, clusterName, ClusterDescription20240805StateName.Idle, ct).ConfigureAwait(false);
            log.Step("Clusters", $"{clusterName} is {cluster.StateName} after {polls} read(s): {cluster.ConnectionStrings?.StandardSrv}");

            var user = await atlas.DatabaseUsers.CreateGroupDatabaseUserAsync(groupId, new CloudDatabaseUser
            {
                GroupId = groupId,
                DatabaseName = CloudDatabaseUserDatabaseName.Admin,
                Username = "sample-app",
                Password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)),
                Roles = new() { new DatabaseUserRole { DatabaseName = "sample", RoleName = DatabaseUserRoleRoleName.ReadWrite } },
            }, ct).ConfigureAwait(false);
            log.Step("Database Users", $"added database user {user.Username} (readWrite on sample; the password is not sent back)");

            var entries = await atlas.ProjectIpAccessList.CreateGroupAccessListEntryAsync(groupId,
                new List<NetworkPermissionEntry> { new() { IpAddress = Address, Comment = "AtlasGen sample" } }, ct).ConfigureAwait(false);
            log.Step("Project IP Access List", $"added {Address}: the list has {entries.TotalCount} entry(ies), {entries.Results?[0].CidrBlock}");
            var status = await atlas.ProjectIpAccessList.GetGroupAccessListStatusAsync(groupId, Address, ct).ConfigureAwait(false);
            log.Step("Project IP Access List", $"{Address} is {status.Status} (Atlas applies an entry to every cloud provider in the background)");

            await atlas.Clusters.UpdateGroupClusterAsync(groupId, clusterName, new ClusterDescription20240805 { Paused = true }, ct).ConfigureAwait(false);
            (cluster, polls) = await WaitForClusterAsync(groupId, clusterName, ClusterDescription20240805StateName.Idle, ct).ConfigureAwait(false);
            log.Step("Clusters", $"paused {clusterName} ({cluster.StateName}, paused: {cluster.Paused}) after {polls} read(s)");
            await atlas.Clusters.UpdateGroupClusterAsync(groupId, clusterName, new ClusterDescription20240805 { Paused = false }, ct).ConfigureAwait(false);
            (cluster, polls) = await WaitForClusterAsync(groupId, clusterName, ClusterDescription20240805StateName.Idle, ct).ConfigureAwait(false);
            log.Step("Clusters", $"resumed {clusterName} ({cluster.StateName}, paused: {cluster.Paused}) after {polls} read(s)");

            await atlas.ProjectIpAccessList.DeleteGroupAccessListEntryAsync(groupId, Address, ct).ConfigureAwait(false);
            log.Step("Project IP Access List", $"removed {Address}");
            await atlas.DatabaseUsers.DeleteGroupDatabaseUserAsync(groupId, "admin", user.Username, ct).ConfigureAwait(false);
            log.Step("Database Users", $"removed {user.Username}");
            await atlas.Clusters.DeleteGroupClusterAsync(groupId, clusterName, ct).ConfigureAwait(false);
            polls = await WaitUntilGoneAsync(groupId, clusterName, ct).ConfigureAwait(false);
            log.Step("Clusters", $"deleted {clusterName}: gone after {polls} read(s)");
        }
        finally
        {
            await atlas.Projects.DeleteGroupAsync(groupId, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            log.Step("Projects", $"removed project {project.Name}");
        }

        return $"Created {clusterName} with a database user and an access-list entry in project {project.Name}, and removed them all.";
    }

    private async Task<(ClusterDescription20240805 Cluster, int Polls)> WaitForClusterAsync(string groupId, string name, ClusterDescription20240805StateName state, CancellationToken ct)
    {
        var polls = 0;
        return await PollAsync($"cluster {name} to be {state}", async token =>
        {
            var cluster = await atlas.Clusters.GetGroupClusterAsync(groupId, name, token).ConfigureAwait(false);
            polls++;
            return cluster.StateName == state ? (cluster, polls) : default((ClusterDescription20240805, int)?);
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Reads the cluster until Atlas answers 404 CLUSTER_NOT_FOUND.</summary>
    private async Task<int> WaitUntilGoneAsync(string groupId, string name, CancellationToken ct)
    {
        var polls = 0;
        return await PollAsync($"cluster {name} to be deleted", async token =>
        {
            polls++;
            try
            {
                await atlas.Clusters.GetGroupClusterAsync(groupId, name, token).ConfigureAwait(false);
                return default(int?);
            }
            catch (AtlasApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                return polls;
            }
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Calls <paramref name="attempt"/> until it has a result, pausing between calls, until <see cref="ClusterWaits.Timeout"/>.</summary>
    private async Task<T> PollAsync<T>(string what, Func<CancellationToken, Task<T?>> attempt, CancellationToken ct)
        where T : struct
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(waits.Timeout);
        try
        {
            while (true)
            {
                if (await attempt(timeout.Token).ConfigureAwait(false) is { } done)
                {
                    return done;
                }

                await Task.Delay(waits.PollInterval, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Gave up waiting for {what} after {waits.Timeout}.");
        }
    }
}
#endif

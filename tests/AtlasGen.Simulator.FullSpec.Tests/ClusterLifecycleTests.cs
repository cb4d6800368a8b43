using System.Net;
#if ATLASGEN_FULL_SPEC
using AtlasGen.Atlas;
using AtlasGen.Runtime;
using AtlasGen.Sample;
using AtlasGen.Simulator.FullSpec.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
#endif

namespace AtlasGen.Simulator.FullSpec.Tests;

/// <summary>
/// The cluster lifecycle through the generated client against the full-spec simulator, with a moved clock (issue 14):
/// create is CREATING, then IDLE with connection strings; an update and a pause are UPDATING, then IDLE; a delete is
/// DELETING, then the cluster is gone (404 CLUSTER_NOT_FOUND). Also the same on reads alone, and the database-user and
/// access-list shapes Atlas answers.
/// </summary>
public sealed class ClusterLifecycleTests
{
#if ATLASGEN_FULL_SPEC
    private static readonly TimeSpan Provisioning = TimeSpan.FromMinutes(7);

    [SkippableFullSpecFact]
    public async Task A_cluster_goes_creating_idle_updating_paused_deleting_and_gone_as_the_clock_moves()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        // Reads alone never finish a change here: only the clock does.
        await using var session = await FullSpecSession.StartAsync(new AtlasSimulatorOptions { TimeProvider = clock, ProvisioningReads = int.MaxValue, ProvisioningTime = Provisioning, NonceLifetime = TimeSpan.FromDays(1) });
        var clusters = session.Client.Clusters;
        var (groupId, name) = (session.GroupId, "lifecycle-1");

        var created = await clusters.CreateGroupClusterAsync(groupId, DedicatedCluster.M10(name), default);
        Assert.Equal(ClusterDescription20240805StateName.Creating, created.StateName);
        Assert.Null(created.ConnectionStrings?.StandardSrv);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), created.CreateDate);
        Assert.False(string.IsNullOrEmpty(created.MongoDbVersion));
        clock.Advance(Provisioning - TimeSpan.FromSeconds(1));
        Assert.Equal(ClusterDescription20240805StateName.Creating, (await clusters.GetGroupClusterAsync(groupId, name, default)).StateName);
        clock.Advance(TimeSpan.FromSeconds(1));
        var idle = await clusters.GetGroupClusterAsync(groupId, name, default);
        Assert.Equal(ClusterDescription20240805StateName.Idle, idle.StateName);
        Assert.StartsWith("mongodb+srv://" + name + ".", idle.ConnectionStrings?.StandardSrv, StringComparison.Ordinal);

        var updated = await clusters.UpdateGroupClusterAsync(groupId, name, new ClusterDescription20240805 { BackupEnabled = true }, default);
        Assert.Equal(ClusterDescription20240805StateName.Updating, updated.StateName);
        Assert.True(updated.BackupEnabled);
        Assert.Equal(ClusterDescription20240805StateName.Updating, (await clusters.GetGroupClusterAsync(groupId, name, default)).StateName);
        clock.Advance(Provisioning);
        Assert.Equal(ClusterDescription20240805StateName.Idle, (await clusters.GetGroupClusterAsync(groupId, name, default)).StateName);

        Assert.Equal(ClusterDescription20240805StateName.Updating, (await clusters.UpdateGroupClusterAsync(groupId, name, new ClusterDescription20240805 { Paused = true }, default)).StateName);
        clock.Advance(Provisioning);
        var paused = await clusters.GetGroupClusterAsync(groupId, name, default);
        Assert.Equal((ClusterDescription20240805StateName.Idle, true), (paused.StateName!.Value, paused.Paused));
        await clusters.UpdateGroupClusterAsync(groupId, name, new ClusterDescription20240805 { Paused = false }, default);
        clock.Advance(Provisioning);
        var resumed = await clusters.GetGroupClusterAsync(groupId, name, default);
        Assert.Equal((ClusterDescription20240805StateName.Idle, false), (resumed.StateName!.Value, resumed.Paused));

        await clusters.DeleteGroupClusterAsync(groupId, name, default);
        Assert.Equal(ClusterDescription20240805StateName.Deleting, (await clusters.GetGroupClusterAsync(groupId, name, default)).StateName);
        Assert.Contains(await ListNamesAsync(clusters, groupId), n => n == name);
        clock.Advance(Provisioning);
        var gone = await Assert.ThrowsAsync<AtlasApiException>(() => clusters.GetGroupClusterAsync(groupId, name, default));
        Assert.Equal((HttpStatusCode.NotFound, "CLUSTER_NOT_FOUND"), (gone.StatusCode, gone.ErrorCode));
        Assert.DoesNotContain(await ListNamesAsync(clusters, groupId), n => n == name);
    }

    [SkippableFullSpecFact]
    public async Task A_cluster_delete_answers_202_as_atlas_does()
    {
        await using var session = await FullSpecSession.StartAsync(new AtlasSimulatorOptions());
        await session.Client.Clusters.CreateGroupClusterAsync(session.GroupId, DedicatedCluster.M10("status-1"), default);
        Assert.Equal(201, session.LastStatus);
        await session.Client.Clusters.DeleteGroupClusterAsync(session.GroupId, "status-1", default);
        Assert.Equal(202, session.LastStatus);
    }

    [SkippableFullSpecFact]
    public async Task The_engine_answers_a_taken_name_or_a_missing_item_with_the_rules_atlas_codes()
    {
        await using var session = await FullSpecSession.StartAsync(new AtlasSimulatorOptions());
        var groupId = session.GroupId;
        await session.Client.Clusters.CreateGroupClusterAsync(groupId, DedicatedCluster.M10("taken-1"), default);
        var cluster = await Assert.ThrowsAsync<AtlasApiException>(() => session.Client.Clusters.CreateGroupClusterAsync(groupId, DedicatedCluster.M10("taken-1"), default));
        Assert.Equal((HttpStatusCode.BadRequest, "DUPLICATE_CLUSTER_NAME"), (cluster.StatusCode, cluster.ErrorCode));

        var user = new CloudDatabaseUser { GroupId = groupId, DatabaseName = CloudDatabaseUserDatabaseName.Admin, Username = "taken", Password = "s3cret-Passw0rd", Roles = new() { new DatabaseUserRole { DatabaseName = "admin", RoleName = DatabaseUserRoleRoleName.ReadWrite } } };
        await session.Client.DatabaseUsers.CreateGroupDatabaseUserAsync(groupId, user, default);
        var duplicate = await Assert.ThrowsAsync<AtlasApiException>(() => session.Client.DatabaseUsers.CreateGroupDatabaseUserAsync(groupId, user, default));
        Assert.Equal((HttpStatusCode.Conflict, "USER_ALREADY_EXISTS"), (duplicate.StatusCode, duplicate.ErrorCode));

        var entry = await Assert.ThrowsAsync<AtlasApiException>(() => session.Client.ProjectIpAccessList.GetGroupAccessListEntryAsync(groupId, "192.0.2.99", default));
        Assert.Equal((HttpStatusCode.NotFound, "ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND"), (entry.StatusCode, entry.ErrorCode));
    }

    [SkippableFullSpecFact]
    public async Task Without_a_moved_clock_a_cluster_is_idle_after_the_configured_reads()
    {
        await using var session = await FullSpecSession.StartAsync(new AtlasSimulatorOptions { ProvisioningReads = 3, ProvisioningTime = TimeSpan.FromDays(1) });
        var clusters = session.Client.Clusters;
        await clusters.CreateGroupClusterAsync(session.GroupId, DedicatedCluster.M10("reads-1"), default);

        Assert.Equal(ClusterDescription20240805StateName.Creating, (await clusters.GetGroupClusterAsync(session.GroupId, "reads-1", default)).StateName);
        Assert.Equal(ClusterDescription20240805StateName.Creating, (await clusters.GetGroupClusterAsync(session.GroupId, "reads-1", default)).StateName);
        Assert.Equal(ClusterDescription20240805StateName.Idle, (await clusters.GetGroupClusterAsync(session.GroupId, "reads-1", default)).StateName);
    }

    [SkippableFullSpecFact]
    public async Task A_database_user_comes_back_without_its_password_and_an_address_as_its_single_host_block()
    {
        await using var session = await FullSpecSession.StartAsync(new AtlasSimulatorOptions());
        var user = await session.Client.DatabaseUsers.CreateGroupDatabaseUserAsync(session.GroupId, new CloudDatabaseUser
        {
            GroupId = session.GroupId,
            DatabaseName = CloudDatabaseUserDatabaseName.Admin,
            Username = "app",
            Password = "s3cret-Passw0rd",
            Roles = new() { new DatabaseUserRole { DatabaseName = "sample", RoleName = DatabaseUserRoleRoleName.ReadWrite } },
        }, default);
        Assert.Equal(201, session.LastStatus);
        Assert.Null(user.Password);
        Assert.Equal(CloudDatabaseUserX509Type.None, user.X509Type);
        Assert.Equal("sample", Assert.Single(user.Roles).DatabaseName);

        // The item path names the user by database and username: the created user, not one the engine invents.
        var read = await session.Client.DatabaseUsers.GetGroupDatabaseUserAsync(session.GroupId, "admin", "app", default);
        Assert.Equal(("app", "sample"), (read.Username, Assert.Single(read.Roles).DatabaseName));
        Assert.Null(read.Password);
        await session.Client.DatabaseUsers.DeleteGroupDatabaseUserAsync(session.GroupId, "admin", "app", default);
        var deleted = await Assert.ThrowsAsync<AtlasApiException>(() => session.Client.DatabaseUsers.GetGroupDatabaseUserAsync(session.GroupId, "admin", "app", default));
        Assert.Equal((HttpStatusCode.NotFound, "USERNAME_NOT_FOUND"), (deleted.StatusCode, deleted.ErrorCode));

        var page = await session.Client.ProjectIpAccessList.CreateGroupAccessListEntryAsync(session.GroupId, new List<NetworkPermissionEntry> { new() { IpAddress = "192.0.2.10" } }, default);
        Assert.Equal(201, session.LastStatus);
        Assert.Equal("192.0.2.10/32", Assert.Single(page.Results!).CidrBlock);
        Assert.Equal("192.0.2.10", (await session.Client.ProjectIpAccessList.GetGroupAccessListEntryAsync(session.GroupId, "192.0.2.10", default)).IpAddress);
        await session.Client.ProjectIpAccessList.DeleteGroupAccessListEntryAsync(session.GroupId, "192.0.2.10", default);
        var missing = await Assert.ThrowsAsync<AtlasApiException>(() => session.Client.ProjectIpAccessList.GetGroupAccessListEntryAsync(session.GroupId, "192.0.2.10", default));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<List<string?>> ListNamesAsync(ClustersClient clusters, string groupId)
    {
        var names = new List<string?>();
        foreach (var cluster in (await clusters.ListGroupClustersAsync(groupId, default)).Results ?? new())
        {
            names.Add(cluster.Name);
        }

        return names;
    }
#endif
}

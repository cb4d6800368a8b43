using System.Collections.Concurrent;

namespace AtlasGen.Simulator.Tests;

/// <summary>32 clients at once create and read projects and API keys: 1,000 operations, nothing lost or duplicated.</summary>
public sealed class ConcurrencyTests : IClassFixture<SimulatorFixture>
{
    private const int Clients = 32;
    private const int Operations = 1000;
    private readonly SimulatorFixture _sim;

    public ConcurrencyTests(SimulatorFixture sim) => _sim = sim;

    [Fact]
    public async Task Parallel_clients_create_and_read_projects_and_keys_without_losing_any()
    {
        var org = _sim.Org.Id;
        var projectsBefore = (await _sim.Client().Projects.ListGroupsAsync(itemsPerPage: 1)).TotalCount!.Value;
        var keysBefore = (await _sim.Client().ProgrammaticApiKeys.ListOrgApiKeysAsync(org, itemsPerPage: 1)).TotalCount!.Value;
        var projects = new ConcurrentBag<string>();
        var keys = new ConcurrentBag<string>();
        var operations = 0;
        var run = Guid.NewGuid().ToString("N")[..6];

        // Each client: create a project, read it back, create a key, read it back, then repeat; 1,000 calls in all.
        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (client, ct) =>
        {
            using var atlas = _sim.Client();
            for (var i = 0; ; i++)
            {
                if (System.Threading.Interlocked.Add(ref operations, 4) > Operations)
                {
                    return;
                }

                var name = $"c{run}-{client}-{i}";
                var project = await atlas.Projects.CreateGroupAsync(new Group { Name = name, OrgId = org }, cancellationToken: ct);
                Assert.Equal(name, (await atlas.Projects.GetGroupAsync(project.Id!, cancellationToken: ct)).Name);
                projects.Add(project.Id!);

                var key = await atlas.ProgrammaticApiKeys.CreateOrgApiKeyAsync(org, new CreateAtlasOrganizationApiKey { Desc = name, Roles = new() { OrgRole.OrgMember } }, cancellationToken: ct);
                Assert.Equal(name, (await atlas.ProgrammaticApiKeys.GetOrgApiKeyAsync(org, key.Id!, cancellationToken: ct)).Desc);
                keys.Add(key.Id!);
            }
        });

        Assert.Equal(Operations / 4, projects.Count);
        Assert.Equal(projects.Count, projects.Distinct().Count());
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(projects.Count, keys.Count);

        using var reader = _sim.Client();
        var listedProjects = await reader.Projects.EnumerateGroupsAsync(itemsPerPage: 97).Select(p => p.Id!).ToListAsync();
        Assert.Equal(projectsBefore + projects.Count, listedProjects.Count);
        Assert.Equal(listedProjects.Count, listedProjects.Distinct().Count());
        Assert.Subset(listedProjects.ToHashSet(), projects.ToHashSet());
        var listedKeys = await reader.ProgrammaticApiKeys.EnumerateOrgApiKeysAsync(org, itemsPerPage: 97).Select(k => k.Id!).ToListAsync();
        Assert.Equal(keysBefore + keys.Count, listedKeys.Count);
        Assert.Subset(listedKeys.ToHashSet(), keys.ToHashSet());
    }
}

using AtlasGen.Runtime;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AtlasGen.Client.Tests.Mocking;

/// <summary>
/// User code that calls the generated client, unit-tested without HTTP: the root client and a tag client are
/// substituted (virtual members and protected constructors), and responses are built with object initializers,
/// readOnly properties included.
/// </summary>
public sealed class MockedClientTests
{
    /// <summary>What a user writes: a service over the generated client.</summary>
    private sealed class ProjectInventory(AtlasClient atlas)
    {
        /// <summary>The project's name, or null when Atlas says it does not exist.</summary>
        public async Task<string?> NameOfAsync(string projectId, CancellationToken cancellationToken)
        {
            try
            {
                var project = await atlas.Projects.GetGroupAsync(projectId, cancellationToken);
                return $"{project.Name} ({project.ClusterCount} clusters, since {project.Created:yyyy-MM-dd})";
            }
            catch (AtlasApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }

        public async Task<List<string>> BusyProjectsAsync(CancellationToken cancellationToken)
        {
            var busy = new List<string>();
            await foreach (var project in atlas.Projects.EnumerateGroupsAsync(cancellationToken))
            {
                if (project.ClusterCount > 0)
                {
                    busy.Add(project.Name);
                }
            }

            return busy;
        }
    }

    private const string ProjectId = "5f1a2b3c4d5e6f7a8b9c0d1e";

    private static (AtlasClient Atlas, ProjectsClient Projects) Substitutes()
    {
        var projects = Substitute.For<ProjectsClient>();
        var atlas = Substitute.For<AtlasClient>();
        atlas.Projects.Returns(projects);
        return (atlas, projects);
    }

    [Fact]
    public async Task A_substituted_tag_client_answers_with_a_model_whose_readOnly_properties_are_set()
    {
        var (atlas, projects) = Substitutes();
        projects.GetGroupAsync(ProjectId, Arg.Any<CancellationToken>()).Returns(new Group
        {
            // Id, ClusterCount and Created are readOnly in the spec: the server sets them, and so can a test.
            Id = ProjectId, Name = "demo", OrgId = "a0123456789abcdef012345a", ClusterCount = 3, Created = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
        });

        var name = await new ProjectInventory(atlas).NameOfAsync(ProjectId, CancellationToken.None);

        Assert.Equal("demo (3 clusters, since 2024-05-01)", name);
        await projects.Received(1).GetGroupAsync(ProjectId, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_substituted_call_can_throw_the_typed_exception()
    {
        var (atlas, projects) = Substitutes();
        projects.GetGroupAsync(ProjectId, Arg.Any<CancellationToken>()).ThrowsAsync(
            new AtlasApiException(HttpStatusCode.NotFound, "getGroup", new AtlasApiError(404, "GROUP_NOT_FOUND", "No group.", "Not Found", []), "{}"));

        Assert.Null(await new ProjectInventory(atlas).NameOfAsync(ProjectId, CancellationToken.None));
    }

    [Fact]
    public async Task A_substituted_pager_serves_pages_built_in_the_test()
    {
        var (atlas, projects) = Substitutes();
        var pages = new[]
        {
            new PaginatedAtlasGroupView { Results = [Project("a", clusters: 1), Project("b", clusters: 0)] },
            new PaginatedAtlasGroupView { Results = [Project("c", clusters: 2)] },
        };
        projects.EnumerateGroupsAsync(Arg.Any<CancellationToken>()).Returns(
            new AtlasPageable<PaginatedAtlasGroupView, Group>((n, _) => Task.FromResult(pages[n - 1]), p => p.Results, itemsPerPage: 2));

        var busy = await new ProjectInventory(atlas).BusyProjectsAsync(CancellationToken.None);

        Assert.Equal(new[] { "a", "c" }, busy);
    }

    [Fact]
    public async Task A_member_the_mock_does_not_override_says_so_instead_of_calling_anything()
    {
        var projects = new UnconfiguredProjects();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => projects.GetGroupAsync(ProjectId, CancellationToken.None));

        Assert.Contains("for mocking", error.Message, StringComparison.Ordinal);
        Assert.Contains("getGroup", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A hand-written fake, as a user without a mocking library would write one.</summary>
    private sealed class UnconfiguredProjects : ProjectsClient
    {
    }

    private static Group Project(string name, int clusters)
        => new() { Id = ProjectId, Name = name, OrgId = "a0123456789abcdef012345a", ClusterCount = clusters, Created = DateTimeOffset.UnixEpoch };
}

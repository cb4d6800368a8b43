using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Atlas;
using AtlasGen.Client.Tests.Infrastructure;
using AtlasGen.Client.Tests.Operations;
using Xunit;

namespace AtlasGen.Client.Tests.Pagination;

/// <summary>Enumerate*Async walks pageNum 1, 2, ... and stops on totalCount, a short page or cancellation.</summary>
public sealed class PagerTests
{
    [Fact]
    public async Task Three_pages_are_fetched_until_totalCount_is_reached()
    {
        var handler = PagedProjectsServer.Handler(total: 5);
        using var client = FakeAtlas.Client(handler);

        var names = new List<string>();
        await foreach (var project in client.Projects.EnumerateGroupsAsync(itemsPerPage: 2))
        {
            names.Add(project.Name);
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"project-{i}"), names);
        Assert.Equal(new[] { 1, 2, 3 }, handler.Requests.Select(PagedProjectsServer.PageNum));
        Assert.All(handler.Requests, r => Assert.Equal(2, PagedProjectsServer.ItemsPerPage(r)));
        // Page 1 is the default, so it is not spelled out; later pages are.
        Assert.Equal(new[] { "itemsPerPage=2", "itemsPerPage=2&pageNum=2", "itemsPerPage=2&pageNum=3" }, handler.Requests.Select(r => r.RawQuery));
    }

    [Fact]
    public async Task Without_totalCount_a_short_page_ends_the_walk()
    {
        var handler = PagedProjectsServer.Handler(total: 5, sendTotalCount: false);
        using var client = FakeAtlas.Client(handler);

        var count = 0;
        await foreach (var _ in client.Projects.EnumerateGroupsAsync(itemsPerPage: 2))
        {
            count++;
        }

        Assert.Equal(5, count);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task An_empty_first_page_yields_nothing_after_one_request()
    {
        var handler = PagedProjectsServer.Handler(total: 0);
        using var client = FakeAtlas.Client(handler);

        var items = new List<Group>();
        await foreach (var project in client.Projects.EnumerateGroupsAsync())
        {
            items.Add(project);
        }

        Assert.Empty(items);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancelling_between_pages_stops_before_the_next_request()
    {
        var handler = PagedProjectsServer.Handler(total: 5);
        using var client = FakeAtlas.Client(handler);
        using var cts = new CancellationTokenSource();

        await using var pages = client.Projects.EnumerateGroupsAsync(itemsPerPage: 2, cancellationToken: cts.Token).GetAsyncEnumerator();
        Assert.True(await pages.MoveNextAsync());
        Assert.True(await pages.MoveNextAsync());
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pages.MoveNextAsync());
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_token_given_through_WithCancellation_is_honoured_too()
    {
        var handler = PagedProjectsServer.Handler(total: 5);
        using var client = FakeAtlas.Client(handler);
        using var cts = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.Projects.EnumerateGroupsAsync(itemsPerPage: 2).WithCancellation(cts.Token))
            {
                if (++seen == 2)
                {
                    cts.Cancel();
                }
            }
        });

        Assert.Equal(2, seen);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_pager_with_a_path_parameter_keeps_it_and_the_filters_on_every_page()
    {
        var handler = new RecordingHandler(
            CannedResponse.Json("""{"results":[{"id":"u1","orgMembershipStatus":"PENDING","roles":[],"username":"a@example.com","inviterUsername":"o@example.com","invitationCreatedAt":"2025-01-01T00:00:00Z"}],"totalCount":2}""", OperationCase.V20250219),
            CannedResponse.Json("""{"results":[{"id":"u2","orgMembershipStatus":"ACTIVE","roles":[],"username":"b@example.com","firstName":"B","lastName":"B","createdAt":"2025-01-01T00:00:00Z"}],"totalCount":2}""", OperationCase.V20250219));
        using var client = FakeAtlas.Client(handler);

        var users = new List<string>();
        await foreach (var user in client.MongoDbCloudUsers.EnumerateGroupUsersAsync(Ids.Group, itemsPerPage: 1, flattenTeams: true))
        {
            users.Add(user.Username);
        }

        Assert.Equal(new[] { "a@example.com", "b@example.com" }, users);
        Assert.All(handler.Requests, r => Assert.Equal($"/api/atlas/v2/groups/{Ids.Group}/users", r.RawPath));
        Assert.All(handler.Requests, r => Assert.Contains("flattenTeams=true", r.RawQuery.Split('&')));
    }
}

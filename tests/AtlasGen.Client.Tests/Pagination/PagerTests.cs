using AtlasGen.Client.Tests.Operations;

namespace AtlasGen.Client.Tests.Pagination;

/// <summary>
/// Enumerate*Async walks pageNum 1, 2, ... with includeCount=false and every filter on every page, and stops on a short or
/// empty page, or on cancellation; AsPages() gives the pages with their headers.
/// </summary>
public sealed class PagerTests
{
    [Fact]
    public async Task A_collection_of_1050_items_yields_each_item_once_without_asking_for_a_count()
    {
        using var client = FakeAtlas.Client(out var handler, PagedProjectsServer.Responder(total: 1050, sendTotalCount: false));

        var names = new List<string>();
        await foreach (var project in client.Projects.EnumerateGroupsAsync(itemsPerPage: 200))
        {
            names.Add(project.Name);
        }

        Assert.Equal(Enumerable.Range(0, 1050).Select(i => $"project-{i}"), names);
        // Five full pages and a short sixth one, which ends the walk.
        Assert.Equal(Enumerable.Range(1, 6), handler.Requests.Select(PagedProjectsServer.PageNum));
        Assert.All(handler.Requests, r => Assert.Contains("includeCount=false", r.RawQuery.Split('&')));
        Assert.All(handler.Requests, r => Assert.Equal(200, PagedProjectsServer.ItemsPerPage(r)));
    }

    [Fact]
    public async Task A_full_last_page_costs_one_more_request_that_comes_back_empty()
    {
        using var client = FakeAtlas.Client(out var handler, PagedProjectsServer.Responder(total: 4, sendTotalCount: false));

        var count = 0;
        await foreach (var _ in client.Projects.EnumerateGroupsAsync(itemsPerPage: 2))
        {
            count++;
        }

        Assert.Equal(4, count);
        // Page 1 is the default, so it is not spelled out; later pages are.
        Assert.Equal(new[] { "includeCount=false&itemsPerPage=2", "includeCount=false&itemsPerPage=2&pageNum=2", "includeCount=false&itemsPerPage=2&pageNum=3" },
            handler.Requests.Select(r => r.RawQuery));
    }

    [Fact]
    public async Task A_totalCount_the_server_sends_anyway_does_not_end_the_walk_early()
    {
        // A server that counts wrongly (or caps the count) must not cut the collection short.
        using var client = FakeAtlas.Client(out var handler, request => PagedProjectsServer.Page(request, total: 5, sentTotalCount: 2));

        var count = 0;
        await foreach (var _ in client.Projects.EnumerateGroupsAsync(itemsPerPage: 2))
        {
            count++;
        }

        Assert.Equal(5, count);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task AsPages_gives_each_page_with_its_number_links_and_headers()
    {
        using var client = FakeAtlas.Client(out var handler, request =>
        {
            var page = PagedProjectsServer.Page(request, total: 3, sentTotalCount: null);
            page.Headers["RateLimit-Remaining"] = (100 - PagedProjectsServer.PageNum(request)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return page;
        });

        var pages = new List<(int Number, int Items, int? Remaining, string? RequestId)>();
        await foreach (var page in client.Projects.EnumerateGroupsAsync(itemsPerPage: 2).AsPages())
        {
            Assert.NotNull(page.Value.Links);
            pages.Add((page.PageNumber, page.Items.Count, page.Response?.RateLimitRemaining, page.Response?.RequestId));
        }

        Assert.Equal(new[] { (1, 2, (int?)99), (2, 1, (int?)98) }, pages.Select(p => (p.Number, p.Items, p.Remaining)));
        // Each page's request ID is the one its request carried.
        Assert.Equal(handler.Requests.Select(r => r.Headers["X-Request-Id"]), pages.Select(p => p.RequestId));
    }

    [Fact]
    public async Task An_empty_first_page_yields_nothing_after_one_request()
    {
        using var client = FakeAtlas.Client(out var handler, PagedProjectsServer.Responder(total: 0, sendTotalCount: false));

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
        using var client = FakeAtlas.Client(out var handler, PagedProjectsServer.Responder(total: 5));
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
        using var client = FakeAtlas.Client(out var handler, PagedProjectsServer.Responder(total: 5));
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
        using var client = FakeAtlas.Client(out var handler,
            CannedResponse.Json("""{"results":[{"id":"u1","orgMembershipStatus":"PENDING","roles":[],"username":"a@example.com","inviterUsername":"o@example.com","invitationCreatedAt":"2025-01-01T00:00:00Z"}],"totalCount":2}""", OperationCase.V20250219),
            CannedResponse.Json("""{"results":[{"id":"u2","orgMembershipStatus":"ACTIVE","roles":[],"username":"b@example.com","firstName":"B","lastName":"B","createdAt":"2025-01-01T00:00:00Z"}],"totalCount":2}""", OperationCase.V20250219),
            CannedResponse.Json("""{"results":[]}""", OperationCase.V20250219));

        var users = new List<string>();
        await foreach (var user in client.MongoDbCloudUsers.EnumerateGroupUsersAsync(Ids.Group, itemsPerPage: 1, flattenTeams: true))
        {
            users.Add(user.Username);
        }

        Assert.Equal(new[] { "a@example.com", "b@example.com" }, users);
        Assert.All(handler.Requests, r => Assert.Equal($"/api/atlas/v2/groups/{Ids.Group}/users", r.RawPath));
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Contains("flattenTeams=true", r.RawQuery.Split('&')));
        Assert.All(handler.Requests, r => Assert.Contains("includeCount=false", r.RawQuery.Split('&')));
    }
}

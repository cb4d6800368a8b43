using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Runtime.Tests.Pagination;

public class AtlasPagerTests
{
    private sealed record Page(IReadOnlyList<int>? Results, int? TotalCount);

    private sealed class PagedSource(int total, bool sendTotal, int itemsPerPage)
    {
        public List<int> Fetched { get; } = new();

        public Task<Page> FetchAsync(int pageNum, CancellationToken cancellationToken)
        {
            Fetched.Add(pageNum);
            var items = Enumerable.Range((pageNum - 1) * itemsPerPage, itemsPerPage).Where(i => i < total).ToList();
            return Task.FromResult(new Page(items, sendTotal ? total : null));
        }
    }

    private static IAsyncEnumerable<int> Enumerate(PagedSource source, int itemsPerPage, CancellationToken cancellationToken = default)
        => AtlasPager.EnumerateAsync<Page, int>(source.FetchAsync, p => p.Results, p => p.TotalCount, itemsPerPage, cancellationToken);

    [Fact]
    public async Task TotalCount_stops_after_the_last_item_without_fetching_an_empty_page()
    {
        // 6 items, 3 per page: page 2 is full, yet totalCount says there is nothing after it.
        var source = new PagedSource(total: 6, sendTotal: true, itemsPerPage: 3);

        var items = await Enumerate(source, 3).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 6), items);
        Assert.Equal(new[] { 1, 2 }, source.Fetched);
    }

    [Fact]
    public async Task Without_totalCount_a_short_page_is_the_last()
    {
        var source = new PagedSource(total: 7, sendTotal: false, itemsPerPage: 3);

        var items = await Enumerate(source, 3).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 7), items);
        Assert.Equal(new[] { 1, 2, 3 }, source.Fetched);
    }

    [Fact]
    public async Task Without_totalCount_a_full_last_page_costs_one_empty_page()
    {
        var source = new PagedSource(total: 6, sendTotal: false, itemsPerPage: 3);

        var items = await Enumerate(source, 3).ToListAsync();

        Assert.Equal(6, items.Count);
        Assert.Equal(new[] { 1, 2, 3 }, source.Fetched);
    }

    [Fact]
    public async Task An_empty_first_page_yields_nothing()
    {
        var source = new PagedSource(total: 0, sendTotal: true, itemsPerPage: 100);

        Assert.Empty(await Enumerate(source, 100).ToListAsync());
        Assert.Equal(new[] { 1 }, source.Fetched);
    }

    [Fact]
    public async Task Cancellation_between_pages_stops_before_the_next_fetch()
    {
        var source = new PagedSource(total: 10, sendTotal: true, itemsPerPage: 2);
        using var cts = new CancellationTokenSource();
        var seen = new List<int>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in Enumerate(source, 2, cts.Token))
            {
                seen.Add(item);
                if (seen.Count == 2)
                {
                    cts.Cancel(); // after the whole first page
                }
            }
        });

        Assert.Equal(new[] { 0, 1 }, seen);
        Assert.Equal(new[] { 1 }, source.Fetched);
    }

    [Fact]
    public async Task WithCancellation_token_is_honoured_too()
    {
        var source = new PagedSource(total: 10, sendTotal: true, itemsPerPage: 5);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Enumerate(source, 5).WithCancellation(cts.Token))
            {
            }
        });

        Assert.Empty(source.Fetched);
    }

    [Fact]
    public void ItemsPerPage_below_one_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Enumerate(new PagedSource(1, true, 1), 0).GetAsyncEnumerator().MoveNextAsync().AsTask().GetAwaiter().GetResult());
}

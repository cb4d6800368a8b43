namespace AtlasGen.Runtime.Tests.Pagination;

public class AtlasPageableTests
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

    private static AtlasPageable<Page, int> Enumerate(PagedSource source, int itemsPerPage, CancellationToken cancellationToken = default)
        => new(source.FetchAsync, p => p.Results, itemsPerPage, cancellationToken);

    [Fact]
    public async Task AsPages_yields_each_fetched_page_with_its_number_and_items()
    {
        var source = new PagedSource(total: 5, sendTotal: false, itemsPerPage: 2);

        var pages = await Enumerate(source, 2).AsPages().ToListAsync();

        Assert.Equal(new[] { 1, 2, 3 }, pages.Select(p => p.PageNumber));
        Assert.Equal(new[] { 2, 2, 1 }, pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Null(p.Response)); // no AtlasConnection behind this source
    }

    // The pager never asks for a count; a page that carries one anyway must not change where the walk ends.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_short_page_is_the_last_whether_or_not_it_carries_a_totalCount(bool sendTotal)
    {
        var source = new PagedSource(total: 7, sendTotal, itemsPerPage: 3);

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
        => Assert.Throws<ArgumentOutOfRangeException>(() => Enumerate(new PagedSource(1, true, 1), 0));
}

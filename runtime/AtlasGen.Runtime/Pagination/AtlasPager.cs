using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Runtime;

/// <summary>Turns a paginated Atlas list operation into an <see cref="IAsyncEnumerable{T}"/>, page by page.</summary>
public static class AtlasPager
{
    /// <summary>
    /// Fetches pages 1, 2, ... until <c>totalCount</c> items have been seen, or, when the server sends no count,
    /// until a page comes back short. Cancellation is checked before each page.
    /// </summary>
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        Func<int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<TItem>?> getResults,
        Func<TPage, int?> getTotalCount,
        int itemsPerPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(getResults);
        ArgumentNullException.ThrowIfNull(getTotalCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemsPerPage, 1);

        var seen = 0;
        for (var pageNum = 1; ; pageNum++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(pageNum, cancellationToken).ConfigureAwait(false);
            var results = getResults(page);
            if (results is null || results.Count == 0)
            {
                yield break;
            }

            foreach (var item in results)
            {
                yield return item;
            }

            seen += results.Count;
            var total = getTotalCount(page);
            if (total is { } t ? seen >= t : results.Count < itemsPerPage)
            {
                yield break;
            }
        }
    }
}

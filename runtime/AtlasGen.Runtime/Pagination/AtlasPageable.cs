using System.Runtime.CompilerServices;

namespace AtlasGen.Runtime;

/// <summary>
/// The items of a paginated Atlas list operation, fetched page by page as they are enumerated (<c>await foreach</c>),
/// or the pages themselves through <see cref="AsPages"/>, each with its links and response headers.
/// </summary>
/// <remarks>
/// Pages 1, 2, ... are fetched with the same filters until a page comes back empty or shorter than
/// <c>itemsPerPage</c>. No page asks for <c>totalCount</c>: counting makes Atlas answer 500 <c>TIMEOUT_WHILE_PAGING</c>
/// on large collections. Cancellation is checked before each page. Enumerating twice fetches twice.
/// </remarks>
/// <typeparam name="TPage">The page model, e.g. <c>PaginatedApiAtlasGroupView</c>.</typeparam>
/// <typeparam name="TItem">The item model.</typeparam>
public class AtlasPageable<TPage, TItem> : IAsyncEnumerable<TItem>
{
    private readonly Func<int, CancellationToken, Task<TPage>> _fetchPage;
    private readonly Func<TPage, IReadOnlyList<TItem>?> _getItems;
    private readonly int _itemsPerPage;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Creates the sequence; nothing is fetched until it is enumerated.</summary>
    /// <param name="fetchPage">Fetches page number n (from 1), with every filter of the call.</param>
    /// <param name="getItems">The items of a page (its <c>results</c>).</param>
    /// <param name="itemsPerPage">The page size asked for; a shorter page is the last.</param>
    /// <param name="cancellationToken">Cancels the enumeration, together with the enumerator's own token.</param>
    public AtlasPageable(Func<int, CancellationToken, Task<TPage>> fetchPage, Func<TPage, IReadOnlyList<TItem>?> getItems, int itemsPerPage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(getItems);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemsPerPage, 1);
        _fetchPage = fetchPage;
        _getItems = getItems;
        _itemsPerPage = itemsPerPage;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Every page, in order, each with its number, its model (links included), its items and its response metadata.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual async IAsyncEnumerable<AtlasPage<TPage, TItem>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = Link(cancellationToken, out var token);
        for (var pageNumber = 1; ; pageNumber++)
        {
            token.ThrowIfCancellationRequested();
            TPage page;
            AtlasResponseInfo? response;
            using (var capture = AtlasResponseCapture.Start())
            {
                page = await _fetchPage(pageNumber, token).ConfigureAwait(false);
                response = capture.Response;
            }

            var items = _getItems(page) ?? Array.Empty<TItem>();
            yield return new AtlasPage<TPage, TItem>(pageNumber, page, items, response);
            if (items.Count < _itemsPerPage)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public virtual async IAsyncEnumerator<TItem> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    private CancellationTokenSource? Link(CancellationToken enumeratorToken, out CancellationToken token)
    {
        if (enumeratorToken.CanBeCanceled && _cancellationToken.CanBeCanceled)
        {
            var linked = CancellationTokenSource.CreateLinkedTokenSource(enumeratorToken, _cancellationToken);
            token = linked.Token;
            return linked;
        }

        token = enumeratorToken.CanBeCanceled ? enumeratorToken : _cancellationToken;
        return null;
    }
}

namespace AtlasGen.Runtime;

/// <summary>One page of a paginated operation, from <see cref="AtlasPageable{TPage, TItem}.AsPages"/>.</summary>
/// <typeparam name="TPage">The page model.</typeparam>
/// <typeparam name="TItem">The item model.</typeparam>
/// <param name="PageNumber">The page's number, from 1.</param>
/// <param name="Value">The page as the server sent it, with its links.</param>
/// <param name="Items">Its items (empty, never null, when the page has none).</param>
/// <param name="Response">Its status and headers (rate limits, request ID); null when the page did not come through an <see cref="AtlasConnection"/> (e.g. from a mock).</param>
public sealed record AtlasPage<TPage, TItem>(int PageNumber, TPage Value, IReadOnlyList<TItem> Items, AtlasResponseInfo? Response);

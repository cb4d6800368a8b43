using Microsoft.AspNetCore.Http;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// The query parameters every Atlas v2 operation shares: envelope, pretty, includeCount, itemsPerPage (1..500) and
/// pageNum (>= 1), with the spec's defaults. A value of the wrong type or out of range is INVALID_ATTRIBUTE.
/// </summary>
internal sealed record QueryOptions(bool Envelope, bool Pretty, bool IncludeCount, int ItemsPerPage, int PageNum)
{
    public const int MaxItemsPerPage = 500;

    public static QueryOptions Parse(IQueryCollection query)
    {
        var itemsPerPage = Int(query, "itemsPerPage", 100);
        if (itemsPerPage is < 1 or > MaxItemsPerPage)
        {
            throw SimulatorApiException.InvalidAttribute("itemsPerPage");
        }

        var pageNum = Int(query, "pageNum", 1);
        if (pageNum < 1)
        {
            throw SimulatorApiException.InvalidAttribute("pageNum");
        }

        return new QueryOptions(
            Bool(query, "envelope", false),
            Bool(query, "pretty", false),
            Bool(query, "includeCount", true),
            itemsPerPage,
            pageNum);
    }

    /// <summary>Reads an operation's own boolean parameter (e.g. additionalInfo), with the same strictness.</summary>
    public static bool Bool(IQueryCollection query, string name, bool fallback)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return fallback;
        }

        if (values.Count == 1 && bool.TryParse(values[0], out var value))
        {
            return value;
        }

        throw SimulatorApiException.InvalidAttribute(name);
    }

    private static int Int(IQueryCollection query, string name, int fallback)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return fallback;
        }

        if (values.Count == 1 && int.TryParse(values[0], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw SimulatorApiException.InvalidAttribute(name);
    }

    /// <summary>One page of <paramref name="items"/>, the total when includeCount is on (else null, so it is not written), and the total for the page links.</summary>
    public (System.Collections.Generic.List<T> Results, int? TotalCount, int AllCount) Page<T>(System.Collections.Generic.IReadOnlyList<T> items)
    {
        var skip = (long)(PageNum - 1) * ItemsPerPage;
        var results = new System.Collections.Generic.List<T>();
        for (var i = skip; i < items.Count && results.Count < ItemsPerPage; i++)
        {
            results.Add(items[(int)i]);
        }

        return (results, IncludeCount ? items.Count : null, items.Count);
    }
}

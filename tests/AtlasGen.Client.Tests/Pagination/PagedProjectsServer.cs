using System.Web;

namespace AtlasGen.Client.Tests.Pagination;

/// <summary>Answers listProjects like Atlas: the page the query asks for (pageNum defaults to 1), with totalCount if asked.</summary>
internal static class PagedProjectsServer
{
    public static int PageNum(RecordedRequest request)
        => int.TryParse(HttpUtility.ParseQueryString(request.RawQuery)["pageNum"], out var page) ? page : 1;

    public static int? ItemsPerPage(RecordedRequest request)
        => int.TryParse(HttpUtility.ParseQueryString(request.RawQuery)["itemsPerPage"], out var size) ? size : null;

    public static Func<RecordedRequest, CannedResponse> Responder(int total, bool sendTotalCount = true)
        => request => Page(request, total, sendTotalCount ? total : null);

    /// <summary>The requested page of <paramref name="total"/> projects, with <paramref name="sentTotalCount"/> as totalCount when not null.</summary>
    public static CannedResponse Page(RecordedRequest request, int total, int? sentTotalCount)
    {
        var size = ItemsPerPage(request) ?? 100;
        var first = (PageNum(request) - 1) * size;
        var names = Enumerable.Range(first, Math.Max(0, Math.Min(size, total - first))).Select(i => $"project-{i}");
        var results = string.Join(",", names.Select(n => $$"""{"name":"{{n}}","orgId":"{{Ids.Org}}","clusterCount":0,"created":"2024-01-01T00:00:00Z"}"""));
        var count = sentTotalCount is { } c ? $",\"totalCount\":{c}" : "";
        return CannedResponse.Json($$"""{"links":[{"href":"https://cloud.mongodb.com/api/atlas/v2/groups","rel":"self"}],"results":[{{results}}]{{count}}}""");
    }
}

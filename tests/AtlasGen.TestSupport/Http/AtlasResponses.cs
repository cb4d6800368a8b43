using System.Net;

namespace AtlasGen.TestSupport;

/// <summary>Bodies in the shapes Atlas answers with, for fakes that stand in for it.</summary>
public static class AtlasResponses
{
    /// <summary>The media type of a successful answer to the project operations the tests call.</summary>
    public const string PageMediaType = "application/vnd.atlas.2023-01-01+json";

    /// <summary>An empty page of results.</summary>
    public const string EmptyPage = "{\"links\":[],\"results\":[],\"totalCount\":0}";

    /// <summary>An Atlas ApiError body.</summary>
    public static string Error(int status, string errorCode, string detail)
        => $"{{\"detail\":\"{detail}\",\"error\":{status},\"errorCode\":\"{errorCode}\",\"parameters\":[],\"reason\":\"{(HttpStatusCode)status}\"}}";
}

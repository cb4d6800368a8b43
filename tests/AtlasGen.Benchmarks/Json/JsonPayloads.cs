using System.Globalization;

namespace AtlasGen.Benchmarks.Json;

/// <summary>The bodies the JSON benchmarks read and write, shaped like Atlas's answers (ids, links, roles, dates).</summary>
public static class JsonPayloads
{
    public const string GroupId = "5e4d3c2b1a0f9e8d7c6b5a49";

    public static string Group(string name = "bench-project") =>
        "{\"clusterCount\":3,\"created\":\"2026-08-21T10:15:30Z\",\"id\":\"" + GroupId + "\"," +
        "\"links\":[{\"href\":\"https://cloud.mongodb.com/api/atlas/v2/groups/" + GroupId + "\",\"rel\":\"self\"}]," +
        "\"name\":\"" + name + "\",\"orgId\":\"5e4d3c2b1a0f9e8d7c6b5a48\",\"regionUsageRestrictions\":\"COMMERCIAL_FEDRAMP_REGIONS_ONLY\"," +
        "\"tags\":[{\"key\":\"environment\",\"value\":\"production\"},{\"key\":\"team\",\"value\":\"payments\"}],\"withDefaultAlertsSettings\":true}";

    /// <summary>A page of <paramref name="count"/> API keys, each with a link and two role assignments.</summary>
    public static string ApiKeyPage(int count = 100)
    {
        var keys = Enumerable.Range(0, count).Select(i =>
        {
            var id = i.ToString("x24", CultureInfo.InvariantCulture);
            return "{\"desc\":\"key number " + i.ToString(CultureInfo.InvariantCulture) + " for the nightly jobs\",\"id\":\"" + id + "\"," +
                   "\"links\":[{\"href\":\"https://cloud.mongodb.com/api/atlas/v2/orgs/5e4d3c2b1a0f9e8d7c6b5a48/apiKeys/" + id + "\",\"rel\":\"self\"}]," +
                   "\"privateKey\":\"********-****-****-" + id.Substring(12) + "\",\"publicKey\":\"" + id.Substring(16) + "\"," +
                   "\"roles\":[{\"orgId\":\"5e4d3c2b1a0f9e8d7c6b5a48\",\"roleName\":\"ORG_MEMBER\"},{\"groupId\":\"" + GroupId + "\",\"roleName\":\"GROUP_READ_ONLY\"}]}";
        });
        return new StringBuilder("{\"links\":[{\"href\":\"https://cloud.mongodb.com/api/atlas/v2/orgs/5e4d3c2b1a0f9e8d7c6b5a48/apiKeys?pageNum=1\",\"rel\":\"self\"}],\"results\":[")
            .AppendJoin(',', keys).Append("],\"totalCount\":").Append(count.ToString(CultureInfo.InvariantCulture)).Append('}').ToString();
    }

    /// <summary>One member of the third-party integration union; the discriminator comes first, as Atlas sends it.</summary>
    public const string SlackIntegration =
        "{\"type\":\"SLACK\",\"id\":\"6a5b4c3d2e1f0a9b8c7d6e5f\",\"apiToken\":\"xoxb-****************************\",\"channelName\":\"alerts-production\",\"teamName\":\"payments\"}";

    public const string ApiError =
        "{\"detail\":\"No group with ID " + GroupId + " exists.\",\"error\":404,\"errorCode\":\"GROUP_NOT_FOUND\",\"parameters\":[\"" + GroupId + "\"],\"reason\":\"Not Found\"}";
}

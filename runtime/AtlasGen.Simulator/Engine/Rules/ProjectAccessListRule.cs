using System.Text.Json.Nodes;

namespace AtlasGen.Simulator.Engine.Rules;

/// <summary>
/// A project's IP access list. A POST takes an array and answers 201 (recordings 0280, 0282; the spec says 200) with
/// the page. An address is stored as its single-host CIDR block and shown with both (<c>ipAddress</c> and
/// <c>cidrBlock</c>, as recorded); <c>/status</c> is <c>PENDING</c> until the entry has propagated, then <c>ACTIVE</c>;
/// a temporary entry vanishes at its <c>deleteAfterDate</c>.
/// </summary>
internal sealed class ProjectAccessListRule(Provisioning provisioning) : ResourceRule
{
    public override string CollectionPathTemplate => "/api/atlas/v2/groups/{groupId}/accessList";

    public override IEnumerable<JsonObject> ItemsToCreate(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var entries = body is JsonArray array ? array.OfType<JsonObject>().ToList() : base.ItemsToCreate(body).ToList();
        foreach (var entry in entries)
        {
            var given = new[] { "ipAddress", "cidrBlock", "awsSecurityGroup" }.Count(name => entry.String(name) is not null);
            if (given == 0)
            {
                throw SimulatorApiException.MissingAttribute("ipAddress");
            }

            if (given > 1)
            {
                // Atlas's documented code for an entry with more than one of them.
                throw new SimulatorApiException(400, "BAD_WHITELIST_ADD_REQUEST", "Should not specify both the IP address and the CIDR block.");
            }

            if (entry.String("ipAddress") is { } ip)
            {
                entry["cidrBlock"] = AccessListAddress.SingleHost(ip);
            }
        }

        if (entries.GroupBy(KeyOf, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            throw new SimulatorApiException(400, "DUPLICATE_ADDRESSES_IN_INPUT", "Two or more of the IP addresses being added to the access list are the same.");
        }

        return entries;
    }

    public override string? KeyOf(JsonObject item) => item.String("cidrBlock") ?? item.String("awsSecurityGroup");

    public override string NormalizeKey(string key) => AccessListAddress.Key(key);

    public override void OnCreated(ResourceItem item, DateTimeOffset now) => Provisioning.Start(item, now);

    public override void OnRead(ResourceItem item, DateTimeOffset now)
    {
        if (item.Body.String("deleteAfterDate") is { } deleteAfter && DateTimeOffset.TryParse(deleteAfter, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var due) && due <= now)
        {
            item.Removed = true;
        }
    }

    public override JsonNode? ReadBelow(ResourceItem item, string suffix, DateTimeOffset now)
    {
        if (!string.Equals(suffix, "/status", StringComparison.Ordinal))
        {
            return null;
        }

        item.Reads++;
        return new JsonObject { ["STATUS"] = provisioning.IsDone(item, now) ? "ACTIVE" : "PENDING" };
    }

    public override SimulatorApiException NotFound(string key, IReadOnlyDictionary<string, string> pathParameters)
    {
        // No recording has one. Atlas's published error-code list ("Atlas Administration API Error Codes") gives
        // ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND as a 404 with the parameters [entry, group]; Atlas's answers as its own
        // CLI quotes them say "access list" where that list still says "whitelist": "IP Address 192.0.2.0/24 not on Atlas access list for group …".
        var groupId = pathParameters.GetValueOrDefault("groupId") ?? string.Empty;
        return SimulatorApiException.NotFound("ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND", $"IP Address {key} not on Atlas access list for group {groupId}.", key, groupId);
    }

    public override SimulatorApiException Duplicate(string key, IReadOnlyDictionary<string, string> pathParameters)
        => SimulatorApiException.Conflict(AtlasErrorCodes.DuplicateAccessListEntry, $"The project's access list already contains {key}.", key);

    /// <summary>As recorded: 201 for a create (0280; the spec says 200), 204 for a delete (0284).</summary>
    public override int? StatusFor(string method) => method switch
    {
        "POST" => 201,
        "DELETE" => 204,
        _ => null,
    };
}

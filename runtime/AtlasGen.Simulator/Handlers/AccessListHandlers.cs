using AtlasGen.Simulator.Engine.Rules;
using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// The access list of an organization API key. An entry is an address or a CIDR block; an address is also its
/// single-host block (/32, /128), which is its key, so it can be read or removed by either form.
/// </summary>
internal static class AccessListHandlers
{
    public static Task ListAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var key = Resolve.ApiKey(context, orgId);
        var (results, total, all) = context.Query.Page(key.AccessList.Snapshot());
        return context.OkAsync(
            new PaginatedApiUserAccessListResponseView { Results = results.Select(e => View(context, orgId, key, e)).ToList(), TotalCount = total, Links = context.PageLinks(all) },
            OperationContext.Json.PaginatedApiUserAccessListResponseView);
    }

    /// <summary>Adds the entries, then answers with the key's whole access list (a page), as Atlas does.</summary>
    public static async Task CreateAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var key = Resolve.ApiKey(context, orgId);
        var body = await context.ReadBodyAsync(OperationContext.Json.ListUserAccessListRequest).ConfigureAwait(false);
        if (body.Count == 0)
        {
            throw SimulatorApiException.MissingAttribute("ipAddress");
        }

        var now = context.State.Now;
        var entries = body.Select(item => Entry(Check.Required(item, "ipAddress"), now)).ToList();
        var duplicate = entries.GroupBy(e => e.CidrBlock, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key
            ?? entries.FirstOrDefault(e => key.AccessList.Get(e.CidrBlock) is not null)?.CidrBlock;
        if (duplicate is not null)
        {
            throw SimulatorApiException.Conflict(AtlasErrorCodes.DuplicateAccessListEntry, $"The access list of this API key already contains {duplicate}.", duplicate);
        }

        foreach (var entry in entries)
        {
            if (!key.AccessList.TryAdd(entry.CidrBlock, entry))
            {
                throw SimulatorApiException.Conflict(AtlasErrorCodes.DuplicateAccessListEntry, $"The access list of this API key already contains {entry.CidrBlock}.", entry.CidrBlock);
            }
        }

        await ListAsync(context).ConfigureAwait(false);
    }

    public static Task GetAsync(OperationContext context)
    {
        var orgId = Resolve.Organization(context);
        var key = Resolve.ApiKey(context, orgId);
        var (cidr, shown) = PathEntry(context);
        var entry = key.AccessList.Get(cidr) ?? throw NoEntry(shown);
        return context.OkAsync(View(context, orgId, key, entry), OperationContext.Json.UserAccessListResponse);
    }

    public static Task DeleteAsync(OperationContext context)
    {
        var key = Resolve.ApiKey(context, Resolve.Organization(context));
        var (cidr, shown) = PathEntry(context);
        return key.AccessList.Remove(cidr) ? context.NoContentAsync() : throw NoEntry(shown);
    }

    private static AccessListEntryRecord Entry(UserAccessListRequest item, DateTimeOffset now)
    {
        if (item.IpAddress is not null && item.CidrBlock is not null)
        {
            // The spec: "You can set a value for this parameter or cidrBlock but not both in the same request."
            throw SimulatorApiException.InvalidAttribute("cidrBlock");
        }

        if (item.IpAddress is { } ip)
        {
            return new AccessListEntryRecord(ip, AccessListAddress.SingleHost(ip), now);
        }

        var cidr = Check.Required(item.CidrBlock, "ipAddress");
        return new AccessListEntryRecord(null, PathParameterRules.AsEntry(cidr), now);
    }

    private static (string Cidr, string Shown) PathEntry(OperationContext context)
    {
        var entry = PathParameterRules.AsEntry(context.Route("ipAddress"));
        return (entry.Contains('/', StringComparison.Ordinal) ? entry : AccessListAddress.SingleHost(entry), entry);
    }

    private static UserAccessListResponse View(OperationContext context, string orgId, ApiKeyRecord key, AccessListEntryRecord entry) => new()
    {
        IpAddress = entry.IpAddress,
        CidrBlock = entry.CidrBlock,
        Created = entry.Created,
        Links = context.SelfLink($"/api/atlas/v2/orgs/{orgId}/apiKeys/{key.Id}/accessList/{Uri.EscapeDataString(entry.IpAddress ?? entry.CidrBlock)}"),
    };

    private static SimulatorApiException NoEntry(string shown)
        => SimulatorApiException.NotFound(AtlasErrorCodes.ResourceNotFound, $"The access list of this API key has no entry {shown}.", shown);
}

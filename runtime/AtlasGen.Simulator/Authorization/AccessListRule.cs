using System.Net;

namespace AtlasGen.Simulator.Authorization;

/// <summary>An operation that requires an API access list answers only a key whose list holds the request's address.</summary>
internal static class AccessListRule
{
    public static bool Allows(ApiKeyRecord key, IPAddress? remote)
    {
        if (remote is null)
        {
            return false;
        }

        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return key.AccessList.Snapshot().Any(entry => IPNetwork.TryParse(entry.CidrBlock, out var network) && network.Contains(address));
    }
}

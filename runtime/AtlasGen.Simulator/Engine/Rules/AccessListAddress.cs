
namespace AtlasGen.Simulator.Engine.Rules;

/// <summary>
/// How Atlas keys an IP access-list entry, for a project's list and an API key's alike: a CIDR block with a real '/',
/// an address being its single-host block (/32, /128), so either form reads or removes it.
/// </summary>
internal static class AccessListAddress
{
    /// <summary>An address as its single-host block: <c>192.0.2.1/32</c>, <c>2001:db8::1/128</c>.</summary>
    public static string SingleHost(string ipAddress) => ipAddress + (ipAddress.Contains(':', StringComparison.Ordinal) ? "/128" : "/32");

    /// <summary>A path's entry value (<c>%2F</c>-encoded CIDR, an address, or an AWS security group) as the stored key.</summary>
    public static string Key(string entryValue)
    {
        var entry = entryValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        return entry.Contains('/', StringComparison.Ordinal) || entry.StartsWith("sg-", StringComparison.Ordinal) ? entry : SingleHost(entry);
    }
}

using System.Text.RegularExpressions;

namespace AtlasGen.Simulator.Validation;

/// <summary>The spec's patterns, compiled at build time (source-generated, so trimming and NativeAOT keep them).</summary>
internal static partial class SpecPatterns
{
    /// <summary>Every ID in the spec: groupId, orgId, apiUserId, invitationId, teamId, userId.</summary>
    [GeneratedRegex("^([a-f0-9]{24})$", RegexOptions.CultureInvariant)]
    public static partial Regex ObjectId();

    /// <summary>ApiAtlasGroupView.name.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}\-_.(),:&@+']{1,64}$", RegexOptions.CultureInvariant)]
    public static partial Regex ProjectName();

    /// <summary>The ipAddress path parameter of the access-list operations: an address, or a CIDR block with its '/' sent as %2F.</summary>
    [GeneratedRegex(@"^([0-9]{1,3}\.){3}[0-9]{1,3}(%2[fF][0-9]{1,3})?|([0-9a-f]{1,4}\:){7}[0-9a-f]{1,4}(%2[fF][0-9]{1,3})?|([0-9a-f]{1,4}\:){1,6}\:(%2[fF][0-9]{1,3})?$", RegexOptions.CultureInvariant)]
    public static partial Regex AccessListPathEntry();

    /// <summary>ApiUserAccessListView.ipAddress.</summary>
    [GeneratedRegex(@"^((([0-9]{1,3}\.){3}[0-9]{1,3})|([\:]{0,2}([0-9a-f]{1,4}\:){0,7}[0-9a-f]{1,4}[\:]{0,2}))$", RegexOptions.CultureInvariant)]
    public static partial Regex IpAddress();

    /// <summary>ApiUserAccessListView.cidrBlock.</summary>
    [GeneratedRegex(@"^((([0-9]{1,3}\.){3}[0-9]{1,3})|([\:]{0,2}([0-9a-f]{1,4}\:){0,7}[0-9a-f]{1,4}[\:]{0,2}))((%2[fF]|\/)[0-9]{1,3})+$", RegexOptions.CultureInvariant)]
    public static partial Regex CidrBlock();

    /// <summary>ApiNewRelicView.accountId and licenseKey.</summary>
    [GeneratedRegex("^([0-9a-f]){40}$", RegexOptions.CultureInvariant)]
    public static partial Regex Hex40();
}

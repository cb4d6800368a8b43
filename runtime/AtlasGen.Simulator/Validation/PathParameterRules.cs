using System;
using System.Collections.Generic;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;

namespace AtlasGen.Simulator.Validation;

/// <summary>The spec's rule for each path parameter, checked before any handler runs.</summary>
internal static class PathParameterRules
{
    public static void Check(IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            switch (name)
            {
                case "groupId" when !SpecPatterns.ObjectId().IsMatch(value):
                    throw new SimulatorApiException(400, AtlasErrorCodes.InvalidGroupId, $"An invalid group ID {value} was specified.", value);
                case "orgId" when !SpecPatterns.ObjectId().IsMatch(value):
                    throw new SimulatorApiException(400, AtlasErrorCodes.InvalidOrgId, $"An invalid organization ID {value} was specified.", value);
                case "apiUserId" or "invitationId" or "teamId" or "userId" when !SpecPatterns.ObjectId().IsMatch(value):
                    throw SimulatorApiException.InvalidAttribute(name);
                case "groupName" when value.Length is < 1 or > 64:
                    throw SimulatorApiException.InvalidAttribute(name);
                case "limitName":
                    Validation.Check.Known(new ProjectLimitName(value), name);
                    break;
                case "integrationType":
                    Validation.Check.Known(new IntegrationType(value), name);
                    break;
                case "ipAddress" when !SpecPatterns.AccessListPathEntry().IsMatch(AsSpecForm(value)):
                    throw SimulatorApiException.InvalidAttribute(name);
            }
        }
    }

    /// <summary>
    /// The spec's ipAddress pattern spells a CIDR's '/' as %2F. A client that sends %2F on the wire arrives here decoded
    /// ("/"); one that escapes the spec form again (%252F) arrives as "%2F". Both are the same entry.
    /// </summary>
    public static string AsSpecForm(string ipAddress) => ipAddress.Replace("/", "%2F", StringComparison.Ordinal);

    /// <summary>The entry as stored: the CIDR with a real '/'.</summary>
    public static string AsEntry(string ipAddress)
        => ipAddress.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}

using System;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Atlas;

namespace AtlasGen.Sample;

/// <summary>Which organization the workflows create their projects in.</summary>
internal static class OrganizationLookup
{
    /// <summary>
    /// The organization of the key's first project; else ATLAS_ORG_ID; else, on a fresh simulator, the one its seeded key
    /// belongs to. (The client's tags have no "list organizations".)
    /// </summary>
    public static async Task<string> FindAsync(AtlasClient atlas, string? simulatorOrg, CancellationToken ct)
    {
        await foreach (var project in atlas.Projects.EnumerateGroupsAsync(1, cancellationToken: ct).ConfigureAwait(false))
        {
            return project.OrgId;
        }

        return Environment.GetEnvironmentVariable("ATLAS_ORG_ID") is { Length: > 0 } org
            ? org
            : simulatorOrg ?? throw new InvalidOperationException("Set ATLAS_ORG_ID: the key's organization has no project to learn it from.");
    }
}

namespace AtlasGen.Simulator.State;

/// <summary>What the spec's limitName table documents for each limit: its default, and the highest value Atlas accepts.</summary>
internal sealed record LimitDefinition(string Name, long? DefaultLimit, long MaximumLimit, bool IsDataFederation);

/// <summary>The limits of the spec, in its order. Defaults are the spec's table; maxima are Atlas's documented ceilings.</summary>
internal static class LimitCatalog
{
    public static IReadOnlyList<LimitDefinition> All { get; } = new[]
    {
        new LimitDefinition("atlas.project.security.databaseAccess.users", 100, 100, false),
        new LimitDefinition("atlas.project.deployment.clusters", 25, 90, false),
        new LimitDefinition("atlas.project.deployment.serverlessMTMs", 25, 100, false),
        new LimitDefinition("atlas.project.security.databaseAccess.customRoles", 100, 1400, false),
        new LimitDefinition("atlas.project.security.networkAccess.entries", 200, 20000, false),
        new LimitDefinition("atlas.project.security.networkAccess.crossRegionEntries", 40, 220, false),
        new LimitDefinition("atlas.project.deployment.nodesPerPrivateLinkRegion", 50, 90, false),
        new LimitDefinition("dataFederation.bytesProcessed.query", null, long.MaxValue, true),
        new LimitDefinition("dataFederation.bytesProcessed.daily", null, long.MaxValue, true),
        new LimitDefinition("dataFederation.bytesProcessed.weekly", null, long.MaxValue, true),
        new LimitDefinition("dataFederation.bytesProcessed.monthly", null, long.MaxValue, true),
        new LimitDefinition("atlas.project.deployment.privateServiceConnectionsPerRegionGroup", 50, 100, false),
        new LimitDefinition("atlas.project.deployment.privateServiceConnectionsSubnetMask", 27, 27, false),
    };

    public static LimitDefinition Get(string name)
    {
        foreach (var definition in All)
        {
            if (string.Equals(definition.Name, name, StringComparison.Ordinal))
            {
                return definition;
            }
        }

        throw new ArgumentException($"'{name}' is not a limit of the spec; path validation should have refused it.", nameof(name));
    }
}

using AtlasGen.Simulator.Engine.Rules;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// The hand-written rules the engine layers on inferred resources, matched by collection path template. One set per
/// simulator, because the rules read its options (how long a cluster takes to provision...).
/// </summary>
internal sealed class ResourceRules
{
    public ResourceRules(AtlasSimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provisioning = new Provisioning(options.ProvisioningReads, options.ProvisioningTime);
        // The one list of rules: add a rule here (one file per resource area under Engine/Rules).
        All = new ResourceRule[]
        {
            new ClusterRule(provisioning),
            new DatabaseUserRule(),
            new ProjectAccessListRule(provisioning),
        };
    }

    public IReadOnlyList<ResourceRule> All { get; }

    /// <summary>The rule for a collection path template, or null when the engine's defaults apply.</summary>
    public ResourceRule? For(string collectionPathTemplate)
    {
        foreach (var rule in All)
        {
            if (string.Equals(rule.CollectionPathTemplate, collectionPathTemplate, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }
}

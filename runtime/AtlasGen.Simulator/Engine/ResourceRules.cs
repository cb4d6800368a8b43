using System;
using System.Collections.Generic;

namespace AtlasGen.Simulator.Engine;

/// <summary>The hand-written rules the engine layers on inferred resources, matched by collection path template.</summary>
internal static class ResourceRules
{
    /// <summary>The one list of rules: add a rule here (one file per resource area under <c>Engine/Rules</c>).</summary>
    public static IReadOnlyList<ResourceRule> All { get; } = new ResourceRule[]
    {
    };

    /// <summary>The rule for a collection path template, or null when the engine's defaults apply.</summary>
    public static ResourceRule? For(string collectionPathTemplate)
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

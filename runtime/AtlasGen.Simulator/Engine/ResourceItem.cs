using System.Text.Json.Nodes;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// One stored item of an inferred resource. The engine holds the item's lock while a <see cref="ResourceRule"/> hook
/// runs, so a rule may change <see cref="Body"/>, <see cref="Reads"/> and <see cref="Removed"/> freely.
/// </summary>
internal sealed class ResourceItem
{
    public ResourceItem(string key, JsonObject body, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(body);
        Key = key;
        Body = body;
        Created = created;
        Changed = created;
    }

    /// <summary>The key the item path addresses it by (already normalized by the rule).</summary>
    public string Key { get; }

    /// <summary>The stored document, as the API answers it.</summary>
    public JsonObject Body { get; set; }

    /// <summary>When the item was created.</summary>
    public DateTimeOffset Created { get; }

    /// <summary>When the item's state last changed (a rule sets it when it starts a transition); starts at <see cref="Created"/>.</summary>
    public DateTimeOffset Changed { get; set; }

    /// <summary>Reads (gets and lists) since the last change; the engine counts, rules read and reset it.</summary>
    public int Reads { get; set; }

    /// <summary>Set by a rule to make the item vanish on the next access (a finished DELETING).</summary>
    public bool Removed { get; set; }
}

using System.Text.Json.Nodes;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// Hand-written Atlas semantics layered on one resource the engine infers (clusters, database users...). Any hook may
/// throw a <see cref="SimulatorApiException"/> to refuse the request with Atlas's error; the engine writes it.
/// </summary>
internal abstract class ResourceRule
{
    /// <summary>The collection's path template, e.g. <c>/api/atlas/v2/groups/{groupId}/clusters</c>.</summary>
    public abstract string CollectionPathTemplate { get; }

    /// <summary>The items one create request makes (the IP access list posts an array); default: the body itself.</summary>
    public virtual IEnumerable<JsonObject> ItemsToCreate(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body is JsonObject item)
        {
            yield return item;
        }
    }

    /// <summary>The key an item is addressed by in the item path; null lets the engine infer it.</summary>
    public virtual string? KeyOf(JsonObject item) => null;

    /// <summary>Maps an item-path key to the stored key (e.g. an IP address to its /32 CIDR); default: unchanged.</summary>
    public virtual string NormalizeKey(string key) => key;

    /// <summary>After the engine stored a new item with its assigned and readOnly fields.</summary>
    public virtual void OnCreated(ResourceItem item, DateTimeOffset now) { }

    /// <summary>Before every read or list of the item: advance its state (CREATING -> IDLE...).</summary>
    public virtual void OnRead(ResourceItem item, DateTimeOffset now) { }

    /// <summary>After a PATCH merged into or a PUT replaced the item's body.</summary>
    public virtual void OnUpdated(ResourceItem item, DateTimeOffset now) { }

    /// <summary>Whether a DELETE removes the item now; false keeps it (e.g. DELETING) until the rule sets <see cref="ResourceItem.Removed"/>.</summary>
    public virtual bool RemoveOnDelete(ResourceItem item, DateTimeOffset now) => true;

    /// <summary>Before a PATCH or PUT is merged into the item: throw to refuse it (e.g. changing a paused cluster).</summary>
    public virtual void OnUpdating(ResourceItem item, JsonObject request, DateTimeOffset now) { }

    /// <summary>
    /// The body of a GET on a path below the item's (e.g. <c>/status</c> of an access-list entry), given that suffix;
    /// null lets the engine answer.
    /// </summary>
    public virtual JsonNode? ReadBelow(ResourceItem item, string suffix, DateTimeOffset now) => null;

    /// <summary>The 404 for a missing item in Atlas's words, given the request's path parameters; null: the engine's.</summary>
    public virtual SimulatorApiException? NotFound(string key, IReadOnlyDictionary<string, string> pathParameters) => null;

    /// <summary>The error for a create whose key is taken, given the request's path parameters; null: the engine's 409.</summary>
    public virtual SimulatorApiException? Duplicate(string key, IReadOnlyDictionary<string, string> pathParameters) => null;

    /// <summary>The success status Atlas answers for this resource's operations where it differs from the spec (null: spec).</summary>
    public virtual int? StatusFor(string method) => null;
}

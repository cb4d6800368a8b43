
namespace AtlasGen.Simulator.Engine;

/// <summary>
/// The items of one collection under one parent (the clusters of one project), in insertion order, behind one lock.
/// Every access goes through <see cref="Locked{T}"/>, so a rule's hooks and the engine's changes never interleave.
/// </summary>
internal sealed class ResourceCollection
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ResourceItem> _items = new(StringComparer.Ordinal);
    private readonly List<ResourceItem> _order = new();

    /// <summary>Runs <paramref name="action"/> holding the collection's lock, after dropping items a rule marked removed.</summary>
    public T Locked<T>(Func<ResourceCollection, T> action)
    {
        lock (_gate)
        {
            Sweep();
            return action(this);
        }
    }

    public ResourceItem? Find(string key) => _items.TryGetValue(key, out var item) && !item.Removed ? item : null;

    public bool TryAdd(ResourceItem item)
    {
        if (!_items.TryAdd(item.Key, item))
        {
            return false;
        }

        _order.Add(item);
        return true;
    }

    public void Remove(ResourceItem item)
    {
        _items.Remove(item.Key);
        _order.Remove(item);
    }

    /// <summary>The live items, in insertion order.</summary>
    public IReadOnlyList<ResourceItem> Items => _order.Where(i => !i.Removed).ToList();

    /// <summary>Sweeps again after hooks ran: an item a rule's OnRead finished deleting vanishes from this answer already.</summary>
    public void Sweep()
    {
        foreach (var removed in _order.Where(i => i.Removed).ToList())
        {
            Remove(removed);
        }
    }
}

namespace AtlasGen.Simulator.State;

/// <summary>
/// A small keyed table of immutable records, in insertion order, behind one lock: the state of one resource area of
/// one project or key (invitations, teams, limits...). Readers get snapshots, so serializing never races a writer.
/// </summary>
internal sealed class LockedTable<T>
    where T : class
{
    private readonly object _gate = new();
    private readonly Dictionary<string, T> _items;
    private readonly List<string> _order = new();

    public LockedTable(StringComparer? comparer = null) => _items = new Dictionary<string, T>(comparer ?? StringComparer.Ordinal);

    public bool TryAdd(string key, T value)
    {
        lock (_gate)
        {
            if (!_items.TryAdd(key, value))
            {
                return false;
            }

            _order.Add(key);
            return true;
        }
    }

    /// <summary>Adds unless the key is taken or an existing record conflicts: the check and the insert are one step.</summary>
    public bool TryAdd(string key, T value, Func<T, bool> conflictsWith)
    {
        lock (_gate)
        {
            foreach (var existing in _items.Values)
            {
                if (conflictsWith(existing))
                {
                    return false;
                }
            }

            return TryAdd(key, value);
        }
    }

    public void Set(string key, T value)
    {
        lock (_gate)
        {
            if (_items.TryAdd(key, value))
            {
                _order.Add(key);
            }
            else
            {
                _items[key] = value;
            }
        }
    }

    public T? Get(string key)
    {
        lock (_gate)
        {
            return _items.GetValueOrDefault(key);
        }
    }

    public T? Find(Func<T, bool> predicate)
    {
        lock (_gate)
        {
            foreach (var key in _order)
            {
                if (predicate(_items[key]))
                {
                    return _items[key];
                }
            }

            return null;
        }
    }

    /// <summary>Replaces the record under the lock, so concurrent updates of one record never lose each other.</summary>
    public T? Update(string key, Func<T, T> update)
    {
        lock (_gate)
        {
            if (!_items.TryGetValue(key, out var current))
            {
                return null;
            }

            var updated = update(current);
            _items[key] = updated;
            return updated;
        }
    }

    public bool Remove(string key)
    {
        lock (_gate)
        {
            if (!_items.Remove(key))
            {
                return false;
            }

            _order.Remove(key);
            return true;
        }
    }

    public List<T> Snapshot()
    {
        lock (_gate)
        {
            var items = new List<T>(_order.Count);
            foreach (var key in _order)
            {
                items.Add(_items[key]);
            }

            return items;
        }
    }
}

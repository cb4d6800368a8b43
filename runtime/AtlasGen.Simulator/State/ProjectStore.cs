using System.Collections.Concurrent;
using System.Threading;

namespace AtlasGen.Simulator.State;

/// <summary>
/// All projects, by ID and by name. Names are unique (a second project with a taken name is a 409); the name is
/// claimed before the project is published, so two concurrent creations of one name can't both win.
/// </summary>
internal sealed class ProjectStore
{
    private readonly ConcurrentDictionary<string, ProjectRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _idByName = new(StringComparer.Ordinal);
    private long _sequence;

    public int Count => _byId.Count;

    /// <summary>Creates the project, or returns null when the name is taken.</summary>
    public ProjectRecord? TryCreate(string id, string name, string orgId, DateTimeOffset created)
    {
        if (!_idByName.TryAdd(name, id))
        {
            return null;
        }

        var project = new ProjectRecord(id, name, orgId, created, Interlocked.Increment(ref _sequence));
        _byId[id] = project;
        return project;
    }

    public ProjectRecord? Get(string id) => _byId.GetValueOrDefault(id);

    public ProjectRecord? GetByName(string name)
        => _idByName.TryGetValue(name, out var id) ? Get(id) : null;

    public bool Remove(string id)
    {
        if (!_byId.TryRemove(id, out var project))
        {
            return false;
        }

        _idByName.TryRemove(new KeyValuePair<string, string>(project.Name, id));
        return true;
    }

    /// <summary>Every project, oldest first.</summary>
    public List<ProjectRecord> Snapshot() => _byId.Values.OrderBy(p => p.Sequence).ToList();
}

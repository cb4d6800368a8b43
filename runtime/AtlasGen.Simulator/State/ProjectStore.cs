using System.Collections.Concurrent;

namespace AtlasGen.Simulator.State;

/// <summary>
/// All projects, by ID and by name. Names are unique (a second project with a taken name is a 409); the name is
/// claimed before the project is published, so two concurrent creations of one name can't both win.
/// </summary>
internal sealed class ProjectStore : SequencedStore<ProjectRecord>
{
    private readonly ConcurrentDictionary<string, string> _idByName = new(StringComparer.Ordinal);

    /// <summary>Creates the project, or returns null when the name is taken.</summary>
    public ProjectRecord? TryCreate(string id, string name, string orgId, DateTimeOffset created)
    {
        if (!_idByName.TryAdd(name, id))
        {
            return null;
        }

        var project = new ProjectRecord(id, name, orgId, created, NextSequence());
        Publish(id, project);
        return project;
    }

    public ProjectRecord? GetByName(string name)
        => _idByName.TryGetValue(name, out var id) ? Get(id) : null;

    public bool Remove(string id)
    {
        if (!TryRemove(id, out var project))
        {
            return false;
        }

        _idByName.TryRemove(new KeyValuePair<string, string>(project.Name, id));
        return true;
    }
}

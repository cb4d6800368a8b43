using System.Collections.Concurrent;

namespace AtlasGen.Simulator.Engine;

/// <summary>The engine's state, per process: one <see cref="ResourceCollection"/> per concrete collection (or singleton) path.</summary>
internal sealed class ResourceStore
{
    private readonly ConcurrentDictionary<string, ResourceCollection> _collections = new(StringComparer.Ordinal);

    /// <summary>The collection at a concrete path, e.g. <c>/api/atlas/v2/groups/5f.../clusters</c>; created empty on first use.</summary>
    public ResourceCollection At(string concretePath) => _collections.GetOrAdd(concretePath, static _ => new ResourceCollection());
}

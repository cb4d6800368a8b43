using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace AtlasGen.Simulator.State;

/// <summary>A record numbered in creation order, for stable paging.</summary>
internal interface ISequenced
{
    long Sequence { get; }
}

/// <summary>
/// Records by ID, numbered as they are created so that a listing keeps creation order: what the project and API key
/// stores share. Each keeps its own unique index beside it and publishes a record only once that index has claimed it.
/// </summary>
internal abstract class SequencedStore<TRecord>
    where TRecord : class, ISequenced
{
    private readonly ConcurrentDictionary<string, TRecord> _byId = new(StringComparer.Ordinal);
    private long _sequence;

    public int Count => _byId.Count;

    public TRecord? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every record, oldest first.</summary>
    public List<TRecord> Snapshot() => _byId.Values.OrderBy(r => r.Sequence).ToList();

    protected long NextSequence() => Interlocked.Increment(ref _sequence);

    protected void Publish(string id, TRecord record) => _byId[id] = record;

    protected bool TryRemove(string id, [NotNullWhen(true)] out TRecord? record) => _byId.TryRemove(id, out record);
}

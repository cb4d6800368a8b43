
namespace AtlasGen.Simulator.Engine.Rules;

/// <summary>
/// When a long-running change (a cluster provisioning, an access-list entry propagating) finishes: after
/// <paramref name="Reads"/> reads of the item, or once <paramref name="Time"/> has passed on the simulator's clock,
/// whichever comes first.
/// </summary>
internal sealed record Provisioning(int Reads, TimeSpan Time)
{
    /// <summary>Starts a change now: the reads and the time count from here.</summary>
    public static void Start(ResourceItem item, DateTimeOffset now)
    {
        item.Reads = 0;
        item.Changed = now;
    }

    public bool IsDone(ResourceItem item, DateTimeOffset now) => item.Reads >= Reads || now - item.Changed >= Time;
}

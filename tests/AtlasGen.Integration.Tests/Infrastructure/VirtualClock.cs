using System.Collections.Concurrent;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>
/// One clock for the client and the simulator: a delay elapses at once and moves the clock forward by its length, so a
/// retry's wait refills the simulator's rate limit without real sleeping, and every wait is recorded to be checked.
/// </summary>
internal sealed class VirtualClock : TimeProvider
{
    private long _offsetTicks;

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward, e.g. past a token's expiry or a version's sunset.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        Delays.Enqueue(dueTime);
        Advance(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}

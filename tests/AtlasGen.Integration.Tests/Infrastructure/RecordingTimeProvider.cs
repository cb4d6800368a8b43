using System;
using System.Collections.Concurrent;
using System.Threading;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>
/// The system clock moved forward by <see cref="Skew"/>, where every delay is recorded and elapses at once, so retry
/// waits are checked, not slept, and token expiry is reached without waiting.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public TimeSpan Skew { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Skew;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}

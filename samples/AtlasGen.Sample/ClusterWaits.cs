using System;

namespace AtlasGen.Sample;

/// <summary>How often the clusters workflow polls a long-running change and how long it waits for it.</summary>
/// <param name="PollInterval">The pause between two reads.</param>
/// <param name="Timeout">The longest wait before giving up with a <see cref="TimeoutException"/>.</param>
internal sealed record ClusterWaits(TimeSpan PollInterval, TimeSpan Timeout)
{
    /// <summary>The simulator provisions after a couple of reads: poll briskly.</summary>
    public static ClusterWaits Simulator { get; } = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(60));

    /// <summary>Atlas takes minutes to provision a dedicated cluster.</summary>
    public static ClusterWaits Atlas { get; } = new(TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(30));
}

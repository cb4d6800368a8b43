using System.Collections.Concurrent;

namespace AtlasGen.Runtime;

/// <summary>The challenges a handler has accepted, per origin and realm. Thread-safe.</summary>
internal sealed class DigestSessionCache
{
    private readonly ConcurrentDictionary<string, OriginEntry> _origins = new(StringComparer.Ordinal);

    /// <summary>Leases a lane for <paramref name="origin"/> in the realm that last succeeded there, if any.</summary>
    public DigestSession? TryLease(string origin)
        => _origins.TryGetValue(origin, out var entry) && entry.PreferredRealm is { } realm
            && entry.Spaces.TryGetValue(realm, out var space) ? space.TryLease() : null;

    /// <summary>The protection space for an origin and realm, created on first use.</summary>
    public DigestProtectionSpace GetSpace(string origin, string realm)
        => _origins.GetOrAdd(origin, static _ => new OriginEntry())
            .Spaces.GetOrAdd(realm, static (r, o) => new DigestProtectionSpace(o, r), origin);

    /// <summary>Returns a lane after an accepted request, and makes its realm the one to authorize with up front.</summary>
    public void Return(DigestSession lane)
    {
        if (_origins.TryGetValue(lane.Space.Origin, out var entry))
        {
            entry.PreferredRealm = lane.Space.Realm;
        }

        lane.Space.Return(lane);
    }

    private sealed class OriginEntry
    {
        private volatile string? _preferredRealm;

        public ConcurrentDictionary<string, DigestProtectionSpace> Spaces { get; } = new(StringComparer.Ordinal);

        public string? PreferredRealm
        {
            get => _preferredRealm;
            set => _preferredRealm = value;
        }
    }
}

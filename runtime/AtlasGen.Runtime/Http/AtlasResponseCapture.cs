namespace AtlasGen.Runtime;

/// <summary>
/// Captures the <see cref="AtlasResponseInfo"/> of calls made inside a scope, without a second method per operation:
/// <code>
/// using var capture = AtlasResponseCapture.Start();
/// var project = await atlas.Projects.GetProjectAsync(id, ct);
/// Console.WriteLine(capture.Response?.RateLimitRemaining);
/// </code>
/// </summary>
/// <remarks>
/// The scope flows with the async context (an <see cref="AsyncLocal{T}"/>), so calls awaited inside it report to it,
/// including calls made through a mocked or wrapped client further down. Scopes nest; the innermost one receives.
/// Errors report too, and also carry the metadata on <see cref="AtlasApiException.Response"/>.
/// </remarks>
public sealed class AtlasResponseCapture : IDisposable
{
    private static readonly AsyncLocal<AtlasResponseCapture?> s_current = new();

    private readonly AtlasResponseCapture? _previous;
    private AtlasResponseInfo? _response;
    private int _count;

    private AtlasResponseCapture(AtlasResponseCapture? previous) => _previous = previous;

    /// <summary>Starts a scope; dispose it to stop capturing.</summary>
    public static AtlasResponseCapture Start()
    {
        var capture = new AtlasResponseCapture(s_current.Value);
        s_current.Value = capture;
        return capture;
    }

    /// <summary>The last response received in this scope, or null when none has arrived.</summary>
    public AtlasResponseInfo? Response => Volatile.Read(ref _response);

    /// <summary>How many responses arrived in this scope.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Called by <see cref="AtlasConnection"/> for every response.</summary>
    internal static void Report(AtlasResponseInfo response)
    {
        if (s_current.Value is { } capture)
        {
            Volatile.Write(ref capture._response, response);
            Interlocked.Increment(ref capture._count);
        }
    }

    /// <summary>True when some scope is listening, so the connection reads headers only when asked.</summary>
    internal static bool IsActive => s_current.Value is not null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (ReferenceEquals(s_current.Value, this))
        {
            s_current.Value = _previous;
        }
    }
}

using System.Globalization;

namespace AtlasGen.Simulator;

/// <summary>
/// Fault injection, for failures the simulator never causes on its own (503, 500, 502...): the next requests matching
/// a method and path are answered with the given status as an Atlas ApiError, before authentication, so they are not
/// applied. Test a client's retry rules with it, e.g. <c>sim.Faults.AnswerNext("POST", "/api/atlas/v2/groups", 503)</c>.
/// </summary>
public sealed class SimulatorFaults
{
    private readonly List<Fault> _pending = new();

    /// <summary>
    /// Answers the next <paramref name="count"/> requests with <paramref name="method"/> on <paramref name="path"/>
    /// (the path as sent, without the query) with <paramref name="status"/>, in addition to any faults already queued.
    /// </summary>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>; compared without regard to case.</param>
    /// <param name="path">The request path, e.g. <c>/api/atlas/v2/groups</c>.</param>
    /// <param name="status">An error status, 400 to 599.</param>
    /// <param name="count">How many matching requests get it; at least 1.</param>
    /// <param name="retryAfter">The Retry-After header to send, in whole seconds; null sends none.</param>
    /// <param name="errorCode">The ApiError's errorCode; null for the status's name in Atlas's style, e.g. <c>SERVICE_UNAVAILABLE</c>.</param>
    public void AnswerNext(string method, string path, int status, int count = 1, TimeSpan? retryAfter = null, string? errorCode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        if (string.IsNullOrEmpty(path) || path[0] != '/')
        {
            throw new ArgumentException("The path must start with '/'.", nameof(path));
        }

        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "The status must be an error status, 400 to 599.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, "Retry-After must not be negative.");
        }

        lock (_pending)
        {
            _pending.Add(new Fault(method.ToUpperInvariant(), path, status, count, retryAfter, errorCode ?? DefaultErrorCode(status)));
        }
    }

    /// <summary>Drops every queued fault.</summary>
    public void Clear()
    {
        lock (_pending)
        {
            _pending.Clear();
        }
    }

    /// <summary>Takes the first queued fault for this request, if any.</summary>
    internal (int Status, string ErrorCode, TimeSpan? RetryAfter)? Take(string method, string path)
    {
        lock (_pending)
        {
            var index = _pending.FindIndex(f => string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(f.Path, path, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            if (--fault.Remaining == 0)
            {
                _pending.RemoveAt(index);
            }

            return (fault.Status, fault.ErrorCode, fault.RetryAfter);
        }
    }

    private static string DefaultErrorCode(int status) => status switch
    {
        500 => "UNEXPECTED_ERROR",
        502 => "BAD_GATEWAY",
        503 => "SERVICE_UNAVAILABLE",
        504 => "GATEWAY_TIMEOUT",
        _ => "HTTP_" + status.ToString(CultureInfo.InvariantCulture),
    };

    private sealed class Fault(string method, string path, int status, int count, TimeSpan? retryAfter, string errorCode)
    {
        public string Method { get; } = method;

        public string Path { get; } = path;

        public int Status { get; } = status;

        public TimeSpan? RetryAfter { get; } = retryAfter;

        public string ErrorCode { get; } = errorCode;

        public int Remaining { get; set; } = count;
    }
}

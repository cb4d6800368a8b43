using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace AtlasGen.TestData.Prism;

/// <summary>
/// Prism as a validating proxy (<c>prism proxy SPEC UPSTREAM</c>, without <c>--errors</c>, so digest challenges pass
/// through) for the tests that put it in front of a simulator. Prism's log is collected; each violation it finds is a
/// line with <c>✖ error ... Violation:</c>.
/// </summary>
public sealed partial class PrismProxy : IAsyncDisposable
{
    private const string ViolationMarker = "Violation:";
    private readonly ConcurrentQueue<string> _log = new();
    private readonly Process _process;

    private PrismProxy(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The proxy's origin: requests sent here are validated, forwarded upstream, and the answers validated.</summary>
    public Uri Address { get; }

    /// <summary>From process start to "Prism is listening": it grows with the spec (seconds for the whole Atlas API).</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Prism's log lines so far.</summary>
    public string[] Log => _log.ToArray();

    /// <summary>The violations so far (errors only: Prism also warns, e.g. of a 409 the spec doesn't list, which is not a violation).</summary>
    public string[] Violations => _log.Where(line => line.Contains(ViolationMarker, StringComparison.Ordinal) && line.Contains('✖', StringComparison.Ordinal)).ToArray();

    /// <summary>
    /// The violations so far, each with the request it was found on (<c>GET /api/atlas/v2/...</c>): Prism logs
    /// "Request received" for each request before its violations, so a violation belongs to the request logged last.
    /// </summary>
    public (string Request, string Message)[] AttributedViolations()
    {
        var result = new System.Collections.Generic.List<(string, string)>();
        var request = "";
        foreach (var line in _log)
        {
            if (RequestLine().Match(line) is { Success: true } received)
            {
                request = received.Groups["method"].Value.ToUpperInvariant() + " " + received.Groups["path"].Value;
            }
            else if (line.Contains(ViolationMarker, StringComparison.Ordinal) && line.Contains('✖', StringComparison.Ordinal))
            {
                result.Add((request, line[(line.IndexOf(ViolationMarker, StringComparison.Ordinal) + ViolationMarker.Length)..].Trim()));
            }
        }

        return result.ToArray();
    }

    /// <summary>Prism: on PATH, else installed by .ci/run under .ci/prism, else in a node_modules at the root; null when absent.</summary>
    public static string? Find()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "prism"))
            .Append(Path.Combine(ExternalData.RepositoryRoot, ".ci", "prism", "node_modules", ".bin", "prism"))
            .Append(Path.Combine(ExternalData.RepositoryRoot, "node_modules", ".bin", "prism"));
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>The skip reason when Prism is missing outside CI; null when the test must run.</summary>
    public static string? SkipReason => Tests.Shared.ExternalRequirement.SkipReason(
        Find() is not null, "Prism (@stoplight/prism-cli 5.16.0) is not installed: .ci/run installs it under .ci/prism");

    /// <summary>Starts Prism on a free loopback port and waits until it listens.</summary>
    public static async Task<PrismProxy> StartAsync(string prism, string specPath, Uri upstream, TimeSpan startTimeout)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(prism)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "proxy", specPath, upstream.ToString().TrimEnd('/'), "-p", port.ToString(CultureInfo.InvariantCulture), "-h", "127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        var proxy = new PrismProxy(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => proxy.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => proxy.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        while (!proxy._log.Any(line => line.Contains("Prism is listening", StringComparison.Ordinal)))
        {
            if (process.HasExited || clock.Elapsed > startTimeout)
            {
                var log = string.Join("\n", proxy._log);
                await proxy.DisposeAsync();
                throw new InvalidOperationException($"Prism did not start listening within {startTimeout}:\n{log}");
            }

            await Task.Delay(250);
        }

        proxy.StartupTime = clock.Elapsed;
        return proxy;
    }

    /// <summary>Prism logs asynchronously: waits until its log has been quiet for a moment, so the last violations are in.</summary>
    public async Task SettleAsync()
    {
        var count = -1;
        while (count != _log.Count)
        {
            count = _log.Count;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[HTTP SERVER\]\s+(?<method>[a-z]+)\s+(?<path>\S+).*Request received")]
    private static partial System.Text.RegularExpressions.Regex RequestLine();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

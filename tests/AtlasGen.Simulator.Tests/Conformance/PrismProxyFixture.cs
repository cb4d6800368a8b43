using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>
/// One simulator and one Prism validating proxy in front of it (<c>prism proxy spec/atlas-admin-v2.yaml UPSTREAM</c>,
/// without <c>--errors</c>, so digest challenges pass through), shared by a test class: Prism starts slowly.
/// Prism's log is collected; each violation it finds is a line with <c>[VALIDATOR] ✖ error Violation:</c>.
/// </summary>
public sealed class PrismProxyFixture : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _prism;

    public AtlasSimulator Simulator { get; private set; } = null!;

    /// <summary>The proxy's origin: requests sent here are validated, forwarded to the simulator, and its answers validated.</summary>
    public Uri ProxyAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = await AtlasSimulator.StartAsync();
        var prism = RepositoryPaths.Prism();
        if (prism is null)
        {
            return; // The fact itself fails (CI) or was skipped; nothing to start.
        }

        var port = FreePort();
        ProxyAddress = new Uri($"http://127.0.0.1:{port}/");
        var upstream = Simulator.BaseAddress.ToString().TrimEnd('/');
        var start = new ProcessStartInfo(prism)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "proxy", RepositoryPaths.BundledSpec, upstream, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", "127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        _prism = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        _prism.OutputDataReceived += (_, e) => { if (e.Data is not null) { _log.Enqueue(e.Data); } };
        _prism.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _log.Enqueue(e.Data); } };
        _prism.BeginOutputReadLine();
        _prism.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!_log.Any(line => line.Contains("Prism is listening", StringComparison.Ordinal)))
        {
            if (_prism.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("Prism did not start listening:\n" + string.Join("\n", _log));
            }

            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        if (_prism is { HasExited: false })
        {
            _prism.Kill(entireProcessTree: true);
            await _prism.WaitForExitAsync();
        }

        _prism?.Dispose();
        await Simulator.DisposeAsync();
    }

    /// <summary>Options that send the generated client through the proxy with the seeded key.</summary>
    public AtlasClientOptions Options() => new()
    {
        BaseAddress = ProxyAddress,
        PublicKey = Simulator.Organization.PublicKey,
        PrivateKey = Simulator.Organization.PrivateKey,
    };

    /// <summary>Prism's log lines so far.</summary>
    public string[] Log => _log.ToArray();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Atlas;
using AtlasGen.Runtime;
using AtlasGen.Simulator;

namespace AtlasGen.Sample;

/// <summary>Sets up the target and the client, runs the workflow, and prints the summary or the error.</summary>
internal static class SampleRunner
{
    public static async Task<int> RunAsync(SampleSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        AtlasSimulator? simulator = null;
        try
        {
            AtlasClientOptions options;
            string? teamId = null;
            string? simulatorOrg = null;
            if (settings.Clusters && ClustersUnavailable() is { } missing)
            {
                output.WriteLine(missing);
                return 1;
            }

            if (settings.Clusters && !settings.UsesSimulator && !settings.Write)
            {
                output.WriteLine("error: --clusters creates a dedicated cluster, which Atlas bills; add --write to run it against a real server.");
                return 1;
            }

            if (settings.UsesSimulator)
            {
                simulator = await AtlasSimulator.StartAsync(SimulatorOptions(), cancellationToken).ConfigureAwait(false);
                options = new AtlasClientOptions { BaseAddress = simulator.BaseAddress, PublicKey = simulator.Organization.PublicKey, PrivateKey = simulator.Organization.PrivateKey };
                teamId = simulator.Organization.TeamIds[0];
                simulatorOrg = simulator.Organization.Id;
                output.WriteLine($"Started the embedded Atlas simulator at {simulator.BaseAddress}");
            }
            else
            {
                options = new AtlasClientOptions { PublicKey = settings.PublicKey, PrivateKey = settings.PrivateKey };
                if (!string.IsNullOrEmpty(settings.BaseUrl))
                {
                    options.BaseAddress = new Uri(settings.BaseUrl, UriKind.Absolute);
                }

                output.WriteLine($"Targeting {options.BaseAddress} as {settings.PublicKey} ({(settings.Write ? "read and write" : "read only; pass --write to change things")})");
            }

            // The counter sits under the digest handler, so challenges (401s) count as the requests they are.
            var counter = new RequestCounter(new SocketsHttpHandler { AllowAutoRedirect = false });
            using var http = AtlasHttpClientFactory.Create(options, counter);
            using var atlas = new AtlasClient(http, options);
            var log = new WorkflowLog(output);

            var summary = settings.Clusters
                ? await RunClustersAsync(atlas, log, simulatorOrg, settings.UsesSimulator ? ClusterWaits.Simulator : ClusterWaits.Atlas, cancellationToken).ConfigureAwait(false)
                : settings.UsesSimulator || settings.Write
                ? await new WriteWorkflow(atlas, log, settings.PageSize, teamId) { SimulatorOrg = simulatorOrg }.RunAsync(cancellationToken).ConfigureAwait(false)
                : await new ReadOnlyWorkflow(atlas, log, settings.PageSize).RunAsync(cancellationToken).ConfigureAwait(false);

            output.WriteLine();
            output.WriteLine("Summary");
            output.WriteLine($"  {summary}");
            output.WriteLine($"  {log.Steps} API calls across {log.CallsPerTag.Count} tags ({string.Join(", ", log.CallsPerTag.Select(t => $"{t.Key}: {t.Value}"))})");
            output.WriteLine($"  {counter.Count} HTTP requests in {clock.Elapsed.TotalMilliseconds:F0} ms");
            return 0;
        }
        catch (AtlasApiException ex)
        {
            // Errors are the server's words (errorCode and detail), never a stack trace.
            output.WriteLine($"error: {ex.ErrorCode ?? ((int)ex.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)}: {ex.Detail ?? ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or ArgumentException or UriFormatException or TaskCanceledException or TimeoutException)
        {
            output.WriteLine($"error: {ex.Message}");
            return 1;
        }
        finally
        {
            if (simulator is not null)
            {
                await simulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

#if ATLASGEN_FULL_SPEC
    /// <summary>The embedded simulator serves the spec the client was generated from (its simulator bindings), clusters included.</summary>
    private static AtlasSimulatorOptions SimulatorOptions() => new() { Spec = AtlasClientSimulatorSpec.Instance };

    private static string? ClustersUnavailable() => null;

    private static async Task<string> RunClustersAsync(AtlasClient atlas, WorkflowLog log, string? simulatorOrg, ClusterWaits waits, CancellationToken ct)
    {
        var orgId = await OrganizationLookup.FindAsync(atlas, simulatorOrg, ct).ConfigureAwait(false);
        return await new ClustersWorkflow(atlas, log, orgId, waits).RunAsync(ct).ConfigureAwait(false);
    }
#else
    private static AtlasSimulatorOptions SimulatorOptions() => new();

    /// <summary>Built without the full spec: say where it was looked for and how to point the build at it.</summary>
    private static string? ClustersUnavailable()
    {
        var missing = typeof(SampleRunner).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "AtlasGenMissingFullSpec")?.Value;
        return $"error: --clusters needs the client generated from the full Atlas spec, which was not at '{missing}' when this sample was built. "
            + "Set ATLASGEN_SPECS_DIR to the folder holding atlas-api-2026-08-21.yaml and build again.";
    }

    private static Task<string> RunClustersAsync(AtlasClient atlas, WorkflowLog log, string? simulatorOrg, ClusterWaits waits, CancellationToken ct)
        => throw new InvalidOperationException(ClustersUnavailable());
#endif
}

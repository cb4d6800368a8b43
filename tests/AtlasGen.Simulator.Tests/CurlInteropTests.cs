using System.Diagnostics;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Simulator.Tests;

/// <summary>Runs only where curl is installed, except in CI (CI=true), where a missing curl fails the test instead.</summary>
public sealed class CurlFactAttribute : FactAttribute
{
    public const string Curl = "/usr/bin/curl";

    public CurlFactAttribute()
    {
        Skip = ExternalRequirement.SkipReason(File.Exists(Curl), $"{Curl} is not installed: the interop test needs a digest client we didn't write");
    }
}

/// <summary>A digest client we didn't write, curl --digest, against the simulator's digest server.</summary>
public sealed class CurlInteropTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _sim;

    public CurlInteropTests(SimulatorFixture sim) => _sim = sim;

    private async Task<(int Status, string Body)> CurlAsync(string secret, string path)
    {
        Assert.True(File.Exists(CurlFactAttribute.Curl), $"{CurlFactAttribute.Curl} is required when CI=true.");
        var start = new ProcessStartInfo(CurlFactAttribute.Curl) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--silent", "--show-error", "--digest", "--user", $"{_sim.Org.PublicKey}:{secret}",
            "--header", "Accept: application/vnd.atlas.2023-02-01+json", "--write-out", "\n%{http_code}", new Uri(_sim.Simulator.BaseAddress, path).ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var curl = Process.Start(start)!;
        var output = await curl.StandardOutput.ReadToEndAsync();
        await curl.WaitForExitAsync();
        Assert.True(curl.ExitCode == 0, "curl failed: " + await curl.StandardError.ReadToEndAsync());
        var split = output.LastIndexOf('\n');
        return (int.Parse(output[(split + 1)..], System.Globalization.CultureInfo.InvariantCulture), output[..split]);
    }

    [CurlFact]
    public async Task Curl_digest_authenticates_with_the_key_pair()
    {
        var (status, body) = await CurlAsync(_sim.Org.PrivateKey, "api/atlas/v2/example/info?additionalInfo=true");
        Assert.Equal(200, status);
        Assert.Contains("\"additionalInfo\"", body, StringComparison.Ordinal);
    }

    [CurlFact]
    public async Task Curl_digest_with_a_wrong_secret_gets_401()
    {
        var (status, body) = await CurlAsync("wrong-secret", "api/atlas/v2/example/info");
        Assert.Equal(401, status);
        Assert.Contains("\"errorCode\":\"UNAUTHORIZED\"", body, StringComparison.Ordinal);
    }
}

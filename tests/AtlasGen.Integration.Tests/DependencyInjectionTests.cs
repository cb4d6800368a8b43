using AtlasGen.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AtlasGen.Integration.Tests;

/// <summary><c>services.AddAtlasClient(...)</c>: the generated registration over IHttpClientFactory, against the simulator.</summary>
public sealed class DependencyInjectionTests
{
    private const string PublicKey = "public";
    private const string PrivateKeyMarker = "2f6c1c8e-private-key-never-shown";

    [Fact]
    public async Task The_client_resolved_from_a_ServiceProvider_calls_the_simulator()
    {
        await using var simulator = await AtlasSimulator.StartAsync();
        var services = new ServiceCollection();
        services.AddAtlasClient(options => options.Use(simulator));
        await using var provider = services.BuildServiceProvider();

        var atlas = provider.GetRequiredService<AtlasClient>();
        var created = await atlas.Projects.CreateGroupAsync(new Group { Name = "from-di", OrgId = simulator.Organization.Id });
        var page = await atlas.Projects.ListGroupsAsync();

        Assert.Contains(page.Results!, project => project.Id == created.Id && project.Name == "from-di");
        Assert.Equal(simulator.BaseAddress, atlas.Connection.BaseAddress);
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section()
    {
        await using var simulator = await AtlasSimulator.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Atlas:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["Atlas:PublicKey"] = simulator.Organization.PublicKey,
            ["Atlas:PrivateKey"] = simulator.Organization.PrivateKey,
            ["Atlas:Timeout"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection();
        services.AddAtlasClient(configuration.GetSection("Atlas"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get("AtlasGen.Atlas.AtlasClient");
        var page = await provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync();

        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public void Invalid_options_list_every_problem_by_name_and_never_the_private_key()
    {
        var services = new ServiceCollection();
        services.AddAtlasClient(options =>
        {
            options.PublicKey = "";
            options.PrivateKey = PrivateKeyMarker;
            options.Timeout = TimeSpan.Zero;
            options.Retry.Enabled = true;
            options.Retry.MaxRetries = 0;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AtlasClient>());

        Assert.Contains("AtlasClientOptions 'AtlasGen.Atlas.AtlasClient': PublicKey is required", error.Message);
        Assert.Contains("AtlasClientOptions 'AtlasGen.Atlas.AtlasClient': Timeout must be positive", error.Message);
        Assert.Contains("AtlasClientOptions 'AtlasGen.Atlas.AtlasClient': Retry.MaxRetries must be at least 1", error.Message);
        Assert.Equal(3, error.Failures.Count());
        Assert.DoesNotContain(PrivateKeyMarker, error.ToString());
    }

    [Fact]
    public void A_malformed_configuration_value_names_its_key_and_never_the_private_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Atlas:PublicKey"] = "public",
            ["Atlas:PrivateKey"] = PrivateKeyMarker,
            ["Atlas:Retry:MaxRetries"] = "many",
        }).Build();
        var services = new ServiceCollection();
        services.AddAtlasClient(configuration.GetSection("Atlas"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<FormatException>(() => provider.GetRequiredService<AtlasClient>());

        Assert.Contains("Atlas:Retry:MaxRetries", error.Message);
        Assert.DoesNotContain(PrivateKeyMarker, error.ToString());
    }

    [Fact]
    public async Task Registering_twice_validates_once()
    {
        var services = new ServiceCollection();
        services.AddAtlasClient(options => options.PrivateKey = PrivateKeyMarker);
        services.AddAtlasClient();
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AtlasClient>());

        Assert.Single(error.Failures);
    }

    [Fact]
    public async Task The_retry_handler_joins_the_chain_only_when_enabled()
    {
        var enabled = BusyDigestAtlas.Create(PublicKey, PrivateKeyMarker, System.Net.HttpStatusCode.ServiceUnavailable);
        using (var provider = Provider(enabled, retry: true))
        {
            await provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync();
        }

        var disabled = BusyDigestAtlas.Create(PublicKey, PrivateKeyMarker, System.Net.HttpStatusCode.ServiceUnavailable);
        using (var provider = Provider(disabled, retry: false))
        {
            var error = await Assert.ThrowsAsync<AtlasApiException>(() => provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync());
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        }

        // The retry sits outside the digest handler: the second attempt is authorized afresh, with the next nc.
        Assert.Equal([1L, 2L], enabled.AcceptedNonceCounts.Select(a => a.Nc));
        Assert.Equal([1L], disabled.AcceptedNonceCounts.Select(a => a.Nc));
    }

    private static ServiceProvider Provider(FakeDigestServer server, bool retry)
    {
        var services = new ServiceCollection();
        services.AddAtlasClient(options =>
        {
            options.BaseAddress = new Uri("http://atlas.test/");
            options.PublicKey = PublicKey;
            options.PrivateKey = PrivateKeyMarker;
            options.Retry.Enabled = retry;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        }).ConfigurePrimaryHttpMessageHandler(() => new FakeServerHandler(server));
        return services.BuildServiceProvider();
    }
}

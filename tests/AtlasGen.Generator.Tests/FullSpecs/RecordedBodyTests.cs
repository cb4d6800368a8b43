using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Generator.Tests.RealAtlas;
using AtlasGen.Runtime;
using AtlasGen.TestData;
using Xunit.Abstractions;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>
/// Real bodies recorded from live Atlas, read by the client generated from the newest full spec: polymorphic bodies
/// keep their variant's fields, undeclared and writeOnly properties survive, and non-JSON bodies come back as sent.
/// "Nothing lost" means: everything the client model holds, written out with every property, equals the recording
/// (dates and numbers compared by value).
/// </summary>
public sealed class RecordedBodyTests(ITestOutputHelper output)
{
    private static LoadedClient Client => PublishedSpecCompilations.Client(PublishedSpecCompilations.Spec20260821);

    [RealResponsesFact]
    public void An_OIDC_identity_provider_keeps_audience_clientId_and_the_other_OIDC_fields()
    {
        var provider = ReadLosslessly("0448__GET_api_atlas_v2_federationSettings_656e4d8e91cb7d26db1bc9c6_identityProviders_6a794085c0eb9e7a1771c19a_1.snaphost", "getFederationSettingIdentityProvider");

        var variant = LoadedClient.Get(provider, "Value")!;
        Assert.Equal("FederationOidcWorkforceIdentityProvider", variant.GetType().Name);
        Assert.Equal("cliClients", LoadedClient.Get(variant, "ClientId"));
        Assert.Equal("idp-254", LoadedClient.Get(variant, "Audience"));
        Assert.Equal("groups", LoadedClient.Get(variant, "GroupsClaim"));
        Assert.Equal("user", LoadedClient.Get(variant, "UserClaim"));
    }

    [RealResponsesFact]
    public void A_page_of_identity_providers_keeps_every_field() =>
        ReadLosslessly("0456__GET_api_atlas_v2_federationSettings_656e4d8e91cb7d26db1bc9c6_identityProviders_2.snaphost", "listFederationSettingIdentityProviders");

    [RealResponsesFact]
    public void Alerts_keep_their_variant_fields_and_the_ones_no_variant_declares()
    {
        var page = ReadLosslessly("0296__GET_api_atlas_v2_groups_b0123456789abcdef012345b_alerts_1.snaphost", "listGroupAlerts");

        var results = ((System.Collections.IEnumerable)LoadedClient.Get(page, "Results")!).Cast<object>().Select(r => LoadedClient.Get(r, "Value")!).ToList();
        var replicaSetAlert = results.First(r => r.GetType().Name == "ReplicaSetAlertViewForNdsGroup");
        Assert.NotNull(LoadedClient.Get(replicaSetAlert, "ReplicaSetName"));
        var extras = (IReadOnlyDictionary<string, JsonElement>)LoadedClient.Get(replicaSetAlert, "AdditionalProperties")!;
        Assert.True(extras.ContainsKey("clusterId"), "clusterId, which no alert variant declares, is kept");
    }

    [RealResponsesFact]
    public void A_database_user_keeps_its_writeOnly_groupId()
    {
        var user = ReadLosslessly("0324__GET_api_atlas_v2_groups_b0123456789abcdef012345b_databaseUsers_admin_user-253_1.snaphost", "getGroupDatabaseUser");

        Assert.Equal("b0123456789abcdef012345b", LoadedClient.Get(user, "GroupId"));
    }

    [RealResponsesFact]
    public void A_cluster_keeps_effectiveDatabaseEdition_which_the_spec_does_not_declare()
    {
        var cluster = ReadLosslessly("0042__GET_api_atlas_v2_groups_b0123456789abcdef012345b_clusters_cluster-989_2.snaphost", "getGroupCluster");

        var extras = (IReadOnlyDictionary<string, JsonElement>)LoadedClient.Get(cluster, "AdditionalProperties")!;
        Assert.True(extras.ContainsKey("effectiveDatabaseEdition"));
    }

    [RealResponsesFact]
    public void A_new_project_keeps_withDefaultAlertsSettings() =>
        ReadLosslessly("0008__POST_api_atlas_v2_groups_1.snaphost", "createGroup");

    [RealResponsesFact]
    public async Task An_X509_certificate_comes_back_as_its_PEM_text()
    {
        var recording = Load("0336__POST_api_atlas_v2_groups_b0123456789abcdef012345b_databaseUsers_user389_certs_1.snaphost");
        var (method, _) = Operation("createGroupDatabaseUserCert", recording.MediaType!);
        var handler = new ReplayHandler(recording);

        var pem = await Invoke<string>(method, handler, "b0123456789abcdef012345b", "user389");

        Assert.Equal(recording.MediaType, Accept(handler));
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(recording.Body), pem);
    }

    [RealResponsesFact]
    public async Task A_log_download_asks_for_gzip_and_returns_the_body_as_a_stream()
    {
        var recording = Load("0584__GET_api_atlas_v2_groups_6a79425b2c88faeba59c898b_clusters_atlas-3mu7hn-shard-00-00.zsv9js.mongodb-dev.net_logs_mongodb.gz_1.snaphost");
        var (method, _) = Operation("downloadGroupClusterLog", recording.MediaType!);
        var handler = new ReplayHandler(recording);

        await using var stream = await Invoke<Stream>(method, handler, "6a79425b2c88faeba59c898b", "atlas-3mu7hn-shard-00-00.zsv9js.mongodb-dev.net", "mongodb");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal("application/vnd.atlas.2023-02-01+gzip", Accept(handler));
        Assert.Equal(recording.Body, copy.ToArray());
    }

    /// <summary>Reads a recorded body with the metadata of the operation's method for the recorded version, and checks nothing is lost.</summary>
    private object ReadLosslessly(string file, string operationId)
    {
        var recording = Load(file);
        var (_, bodyType) = Operation(operationId, recording.MediaType!);
        var client = Client.Context(server: false);
        var value = JsonSerializer.Deserialize(recording.Body, client.GetTypeInfo(bodyType!)!)!;

        // Every property, readOnly or writeOnly, and every extra the model holds: what the client kept.
        var everything = new JsonSerializerOptions { TypeInfoResolver = ((IJsonTypeInfoResolver)client).WithAddedModifier(WriteEveryProperty) };
        var written = JsonSerializer.Serialize(value, everything.GetTypeInfo(bodyType!));
        using var recorded = JsonDocument.Parse(recording.Body);
        using var writtenBack = JsonDocument.Parse(written);
        var lost = JsonLoss.Find(recorded.RootElement, writtenBack.RootElement);
        foreach (var difference in lost)
        {
            output.WriteLine(difference);
        }

        Assert.True(lost.Count == 0, $"{file}: {lost.Count} differences, first: {lost.FirstOrDefault()}");
        return value;
    }

    private static void WriteEveryProperty(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            property.ShouldSerialize = null;
        }
    }

    private static Recording Load(string file) => Recording.Load(Path.Combine(ExternalData.RecordingsDirectory, file));

    /// <summary>The Accept header of the one request the replay answered.</summary>
    private static string Accept(ReplayHandler handler) => string.Join(", ", Assert.Single(handler.Requests).Headers.Accept.Select(a => a.ToString()));

    /// <summary>The generated method for an operation in a media type, and its JSON body type (null for text, streams and no body).</summary>
    private static (MethodInfo Method, Type? BodyType) Operation(string operationId, string mediaType)
    {
        var method = Client.Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<AtlasOperationAttribute>() is { } a && a.OperationId == operationId && a.MediaType == mediaType)
            .OrderByDescending(m => m.GetParameters().Length)
            .First();
        var result = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
        return (method, result == typeof(string) || result == typeof(Stream) ? null : result);
    }

    /// <summary>Calls a generated method with its required arguments (in order) and the defaults of the rest.</summary>
    private static async Task<T> Invoke<T>(MethodInfo method, HttpMessageHandler handler, params object[] required)
    {
        var connection = new AtlasConnection(new HttpClient(handler) { BaseAddress = new Uri("https://cloud.mongodb.com") });
        var client = Activator.CreateInstance(method.DeclaringType!, connection)!;
        var parameters = method.GetParameters();
        var arguments = parameters.Select((p, i) => i < required.Length ? Convert(required[i], p.ParameterType)
            : p.HasDefaultValue ? p.DefaultValue
            : p.Name == "body" ? Activator.CreateInstance(p.ParameterType) // an empty request body: what it holds is not under test
            : null).ToArray();
        return await (Task<T>)method.Invoke(client, arguments)!;
    }

    /// <summary>A string for an enum-struct parameter becomes that enum's value.</summary>
    private static object Convert(object value, Type parameterType)
        => value is string text && parameterType != typeof(string)
            ? parameterType.GetMethod("FromValue", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { text })!
            : value;
}

using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using AtlasGen.Runtime;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests.Polymorphism;

/// <summary>
/// An object schema with properties, a oneOf of its subtypes and a discriminator with a mapping (Atlas's network
/// peering: the subtypes repeat the base's properties instead of extending it with allOf). The subtype a user builds
/// must reach the wire through the base-typed body parameter, with its own fields and the discriminator once, and a
/// base-typed answer must come back as the mapped subtype with its fields.
/// </summary>
public sealed class DiscriminatedBaseTests
{
    private static readonly string Spec = TestSpec.Spec(
        [
            TestSpec.Get("/peers", "listPeers", "Peering", TestSpec.Ref("PaginatedPeers")),
            TestSpec.Post("/peers", "createPeer", "Peering", body: TestSpec.Ref("BasePeering"), schema: TestSpec.Ref("BasePeering")),
            TestSpec.Post("/connections", "createConnection", "Peering", body: TestSpec.Ref("Connection"), schema: TestSpec.Ref("Connection")),
        ],
        """
        BasePeering:
          type: object
          required: [containerId]
          properties:
            containerId: {type: string, pattern: '^([a-f0-9]{24})$'}
            id: {type: string, readOnly: true}
            providerName: {type: string, enum: [AWS, AZURE, GCP]}
          oneOf: [{$ref: '#/components/schemas/AwsPeering'}, {$ref: '#/components/schemas/AzurePeering'}, {$ref: '#/components/schemas/GcpPeering'}]
          discriminator:
            propertyName: providerName
            mapping: {AWS: '#/components/schemas/AwsPeering', AZURE: '#/components/schemas/AzurePeering', GCP: '#/components/schemas/GcpPeering'}
        AwsPeering:
          type: object
          title: AWS
          required: [accepterRegionName, awsAccountId, containerId, routeTableCidrBlock, vpcId]
          properties:
            accepterRegionName: {type: string}
            awsAccountId: {type: string, pattern: '^[0-9]{12}$'}
            connectionId: {type: string, readOnly: true}
            containerId: {type: string, pattern: '^([a-f0-9]{24})$'}
            id: {type: string, readOnly: true}
            providerName: {type: string, enum: [AWS, AZURE, GCP]}
            routeTableCidrBlock: {type: string}
            statusName: {type: string, readOnly: true, enum: [INITIATING, AVAILABLE]}
            vpcId: {type: string}
        AzurePeering:
          type: object
          title: AZURE
          required: [azureDirectoryId, containerId, vnetName]
          properties:
            azureDirectoryId: {type: string, format: uuid}
            containerId: {type: string, pattern: '^([a-f0-9]{24})$'}
            id: {type: string, readOnly: true}
            providerName: {type: string, enum: [AWS, AZURE, GCP]}
            vnetName: {type: string}
        GcpPeering:
          type: object
          title: GCP
          required: [containerId, gcpProjectId, networkName]
          properties:
            containerId: {type: string, pattern: '^([a-f0-9]{24})$'}
            gcpProjectId: {type: string}
            id: {type: string, readOnly: true}
            networkName: {type: string}
            providerName: {type: string, enum: [AWS, AZURE, GCP]}
        PaginatedPeers:
          type: object
          properties:
            results: {type: array, readOnly: true, items: {$ref: '#/components/schemas/BasePeering'}}
            totalCount: {type: integer, readOnly: true}
        Connection:
          type: object
          properties:
            name: {type: string}
            type: {type: string, enum: [Kafka, Cluster]}
          oneOf: [{$ref: '#/components/schemas/KafkaConnection'}, {$ref: '#/components/schemas/ClusterConnection'}]
          discriminator:
            propertyName: type
            mapping: {Kafka: '#/components/schemas/KafkaConnection', Cluster: '#/components/schemas/ClusterConnection'}
        KafkaConnection:
          allOf:
            - $ref: '#/components/schemas/Connection'
            - type: object
              required: [bootstrapServers]
              properties: {bootstrapServers: {type: string}}
        ClusterConnection:
          allOf:
            - $ref: '#/components/schemas/Connection'
            - type: object
              required: [clusterName]
              properties: {clusterName: {type: string}}
        """);

    private const string ContainerId = "32b6e34b3d91647abb20e7b8";

    private const string AwsAnswer = """
        {"accepterRegionName":"us-east-1","awsAccountId":"123456789012","connectionId":"pcx-1","containerId":"32b6e34b3d91647abb20e7b8",
         "id":"6a1b2c3d4e5f6a7b8c9d0e1f","providerName":"AWS","routeTableCidrBlock":"10.0.0.0/16","statusName":"AVAILABLE","vpcId":"vpc-1"}
        """;

    private const string AzureAnswer = """
        {"azureDirectoryId":"5c2d6e0b-3f3a-4d7e-9b1a-2f4c6e8a0b1c","containerId":"32b6e34b3d91647abb20e7b8","id":"6a1b2c3d4e5f6a7b8c9d0e1f","providerName":"AZURE","vnetName":"vnet-1"}
        """;

    private const string GcpAnswer = """
        {"containerId":"32b6e34b3d91647abb20e7b8","gcpProjectId":"my-project-1","id":"6a1b2c3d4e5f6a7b8c9d0e1f","networkName":"net-1","providerName":"GCP"}
        """;

    private static readonly Lazy<LoadedClient> s_client = new(() => LoadedClient.Load(GeneratorHarness.Run(Spec, globalOptions: GeneratorHarness.ServerContextOptions)));

    private static LoadedClient Client => s_client.Value;

    [Fact]
    public void The_base_is_a_class_that_each_mapped_subtype_extends_and_the_output_compiles_clean()
    {
        var run = GeneratorHarness.Run(Spec, globalOptions: GeneratorHarness.ServerContextOptions);

        run.AssertCleanRun();
        foreach (var subtype in new[] { "AwsPeering", "AzurePeering", "GcpPeering" })
        {
            Assert.Equal("BasePeering", run.GeneratedType(subtype)!.BaseType!.Name);
        }

        Assert.Equal("Connection", run.GeneratedType("KafkaConnection")!.BaseType!.Name);
        Assert.Equal("Connection", run.GeneratedType("ClusterConnection")!.BaseType!.Name);
    }

    [Fact]
    public void A_subtype_written_through_the_base_type_carries_its_fields_and_the_discriminator_once()
    {
        var written = Client.Write("BasePeering", NewAws());

        var json = JsonNode.Parse(written)!.AsObject();
        Assert.Equal("AWS", (string?)json["providerName"]);
        Assert.Equal(1, CountOccurrences(written, "\"providerName\""));
        Assert.Equal("us-east-1", (string?)json["accepterRegionName"]);
        Assert.Equal("123456789012", (string?)json["awsAccountId"]);
        Assert.Equal("10.0.0.0/16", (string?)json["routeTableCidrBlock"]);
        Assert.Equal("vpc-1", (string?)json["vpcId"]);
        Assert.Equal(ContainerId, (string?)json["containerId"]);
    }

    [Theory]
    [InlineData(AwsAnswer, "AwsPeering", "VpcId", "vpc-1")]
    [InlineData(AzureAnswer, "AzurePeering", "VnetName", "vnet-1")]
    [InlineData(GcpAnswer, "GcpPeering", "NetworkName", "net-1")]
    public void A_base_typed_answer_reads_as_its_mapped_subtype_and_loses_nothing(string answer, string subtype, string property, string value)
    {
        var read = Client.Read("BasePeering", answer);

        Assert.Equal(subtype, read.GetType().Name);
        Assert.Equal(value, LoadedClient.Get(read, property));
        Assert.Equal(ContainerId, LoadedClient.Get(read, "ContainerId"));
        // The server direction writes every property, readOnly ones too: the whole answer is there.
        JsonAssertEquivalent(answer, Client.Write("BasePeering", read, server: true));
    }

    [Fact]
    public void A_subtype_read_through_the_base_type_round_trips_as_a_request_body()
    {
        // The full-spec driver's way: a JSON body deserialized into the parameter's (base) type, then sent.
        var read = Client.Read("BasePeering", AwsAnswer);

        var sent = JsonNode.Parse(Client.Write("BasePeering", read))!.AsObject();

        // The readOnly properties stay home; every other field of the subtype is sent.
        JsonAssertEquivalent("""
            {"accepterRegionName":"us-east-1","awsAccountId":"123456789012","containerId":"32b6e34b3d91647abb20e7b8","providerName":"AWS","routeTableCidrBlock":"10.0.0.0/16","vpcId":"vpc-1"}
            """, sent.ToJsonString());
    }

    [Fact]
    public void A_page_of_the_base_type_reads_each_element_as_its_subtype()
    {
        var page = Client.Read("PaginatedPeers", $$"""{"results":[{{AwsAnswer}},{{AzureAnswer}},{{GcpAnswer}}],"totalCount":3}""");

        var results = ((System.Collections.IEnumerable)LoadedClient.Get(page, "Results")!).Cast<object>().Select(r => r.GetType().Name).ToList();
        Assert.Equal(new[] { "AwsPeering", "AzurePeering", "GcpPeering" }, results);
    }

    [Fact]
    public void An_unmapped_provider_reads_as_the_base_and_keeps_the_fields_it_does_not_declare()
    {
        const string answer = """{"containerId":"32b6e34b3d91647abb20e7b8","providerName":"OCI","ocid":"ocid1.vcn"}""";

        var read = Client.Read("BasePeering", answer);

        Assert.Equal("BasePeering", read.GetType().Name);
        JsonAssertEquivalent(answer, Client.Write("BasePeering", read, server: true));
    }

    [Theory]
    [InlineData("""{"bootstrapServers":"kafka:9092","name":"c1","type":"Kafka"}""", "KafkaConnection")]
    [InlineData("""{"clusterName":"Cluster0","name":"c2","type":"Cluster"}""", "ClusterConnection")]
    public void A_subtype_that_extends_the_base_with_allOf_round_trips_through_the_base_type(string json, string subtype)
    {
        var read = Client.Read("Connection", json);

        Assert.Equal(subtype, read.GetType().Name);
        var written = Client.Write("Connection", read);
        JsonAssertEquivalent(json, written);
        Assert.Equal(1, CountOccurrences(written, "\"type\""));
    }

    [Fact]
    public async Task The_client_sends_the_subtype_a_user_builds_and_returns_the_subtype_the_server_answers()
    {
        string? sentBody = null;
        string? sentType = null;
        var handler = new Handler(request =>
        {
            sentBody = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            sentType = request.Content.Headers.ContentType?.MediaType;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(AwsAnswer, Encoding.UTF8, "application/json") };
        });

        var answer = await CreatePeerAsync(handler, NewAws());

        Assert.Equal("application/json", sentType);
        JsonAssertEquivalent("""
            {"accepterRegionName":"us-east-1","awsAccountId":"123456789012","containerId":"32b6e34b3d91647abb20e7b8","providerName":"AWS","routeTableCidrBlock":"10.0.0.0/16","vpcId":"vpc-1"}
            """, sentBody!);
        Assert.Equal("AwsPeering", answer.GetType().Name);
        Assert.Equal("pcx-1", LoadedClient.Get(answer, "ConnectionId"));
        Assert.Equal("123456789012", LoadedClient.Get(answer, "AwsAccountId"));
    }

    [Fact]
    public async Task The_client_checks_the_subtype_rules_of_a_body_passed_as_the_base_type()
    {
        var aws = NewAws();
        Set(aws, "AwsAccountId", "12");
        var handler = new Handler(_ => throw new InvalidOperationException("nothing may be sent"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => CreatePeerAsync(handler, aws));

        Assert.Equal("body.awsAccountId", error.ParamName);
    }

    /// <summary>What a user writes: <c>new AwsPeering { ContainerId = …, VpcId = … }</c>, the discriminator preset.</summary>
    private static object NewAws()
    {
        var aws = Activator.CreateInstance(Client.Type("AwsPeering"))!;
        Set(aws, "ContainerId", ContainerId);
        Set(aws, "AccepterRegionName", "us-east-1");
        Set(aws, "AwsAccountId", "123456789012");
        Set(aws, "RouteTableCidrBlock", "10.0.0.0/16");
        Set(aws, "VpcId", "vpc-1");
        return aws;
    }

    private static void Set(object instance, string property, object value)
        => instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(instance, value);

    private static async Task<object> CreatePeerAsync(Handler handler, object body)
    {
        var connection = new AtlasConnection(new HttpClient(handler) { BaseAddress = new Uri("https://cloud.mongodb.com") });
        var clientType = Client.Type("PeeringClient");
        var client = Activator.CreateInstance(clientType, connection)!;
        var operation = clientType.GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(m => m.Name == "CreatePeerAsync" && m.GetParameters().Length == 2);
        Task task;
        try
        {
            task = (Task)operation.Invoke(client, new[] { body, CancellationToken.None })!;
        }
        catch (TargetInvocationException e) when (e.InnerException is { } thrown)
        {
            // A bad argument throws before the method returns its task.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(thrown);
            throw;
        }

        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    private static int CountOccurrences(string text, string value)
        => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    private static void JsonAssertEquivalent(string expected, string actual)
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = respond(request);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }
}

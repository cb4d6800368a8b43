using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests.Polymorphism;

/// <summary>
/// How a generated union picks its variant: an explicit discriminator mapping, an implicit one (by schema name), the
/// properties present when there is no discriminator or when several variants share its value, and raw JSON for a
/// body that fits no variant. Each variant's own properties must survive.
/// </summary>
public sealed class UnionResolutionTests
{
    private const string Spec = TestSpec.Header + """
        paths:
          /pets: {get: {operationId: getPet, tags: [Zoo], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}}}
          /shapes: {get: {operationId: getShape, tags: [Zoo], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}}}}}
          /providers: {get: {operationId: getProvider, tags: [Zoo], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Provider'}}}}}}}
          /alerts: {get: {operationId: getAlert, tags: [Zoo], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Alert'}}}}}}}
        components:
          schemas:
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
              discriminator: {propertyName: petType, mapping: {cat: '#/components/schemas/Cat', doggo: '#/components/schemas/Dog'}}
            Cat: {type: object, properties: {petType: {type: string}, lives: {type: integer}}}
            Dog: {type: object, properties: {petType: {type: string}, barks: {type: boolean}}}
            Shape:
              oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
              discriminator: {propertyName: kind}
            Circle: {type: object, properties: {kind: {type: string}, radius: {type: number}}}
            Square: {type: object, properties: {kind: {type: string}, side: {type: number}}}
            Provider:
              oneOf: [{$ref: '#/components/schemas/SamlProvider'}, {$ref: '#/components/schemas/OidcWorkforceProvider'}, {$ref: '#/components/schemas/OidcWorkloadProvider'}]
            ProviderProtocol: {type: string, enum: [SAML, OIDC]}
            SamlProvider:
              type: object
              required: [id]
              properties: {id: {type: string}, protocol: {$ref: '#/components/schemas/ProviderProtocol'}, ssoUrl: {type: string}, audienceUri: {type: string}}
            OidcWorkforceProvider:
              type: object
              required: [id]
              properties: {id: {type: string}, protocol: {$ref: '#/components/schemas/ProviderProtocol'}, audience: {type: string}, clientId: {type: string}, requestedScopes: {type: array, items: {type: string}}}
            OidcWorkloadProvider:
              type: object
              required: [id]
              properties: {id: {type: string}, protocol: {$ref: '#/components/schemas/ProviderProtocol'}, audience: {type: string}}
            HostEventType: {type: string, enum: [HOST_DOWN, HOST_UP]}
            Alert:
              oneOf: [{$ref: '#/components/schemas/HostAlert'}, {$ref: '#/components/schemas/StreamAlert'}, {$ref: '#/components/schemas/DefaultAlert'}]
            HostAlert:
              type: object
              required: [id, eventTypeName]
              properties: {id: {type: string}, eventTypeName: {$ref: '#/components/schemas/HostEventType'}, hostnameAndPort: {type: string}, replicaSetName: {type: string}}
            StreamAlert:
              type: object
              required: [id, eventTypeName]
              properties: {id: {type: string}, eventTypeName: {$ref: '#/components/schemas/HostEventType'}, processorName: {type: string}}
            DefaultAlert:
              type: object
              required: [id, eventTypeName]
              properties: {id: {type: string}, eventTypeName: {type: string, enum: [HOST_DOWN, HOST_UP, DAILY_BILL_OVER_THRESHOLD]}}
        """;

    private static readonly Dictionary<string, string> s_withServerContext = new() { ["AtlasGenServerContext"] = "true" };

    private static readonly System.Lazy<LoadedClient> s_client = new(() => LoadedClient.Load(GeneratorHarness.Run(Spec, globalOptions: s_withServerContext)));

    private static LoadedClient Client => s_client.Value;

    private static object? Variant(object union) => LoadedClient.Get(union, "Value");

    private static JsonElement? Raw(object union) => (JsonElement?)LoadedClient.Get(union, "RawJson");

    private static void AssertKeepsEverything(string union, string json, object read)
    {
        // The server direction writes every property back: what was read, declared or not, is all there.
        var written = Client.Write(union, read, server: true);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"read {json}, wrote back {written}");
    }

    [Fact]
    public void The_generated_unions_compile_without_diagnostics()
    {
        var run = GeneratorHarness.Run(Spec, globalOptions: s_withServerContext);

        run.AssertCleanRun();
    }

    [Fact]
    public void An_explicit_mapping_picks_its_variant_by_the_mapped_value()
    {
        const string json = """{"petType":"doggo","barks":true}""";

        var pet = Client.Read("Pet", json);

        Assert.Equal("Dog", Variant(pet)!.GetType().Name);
        Assert.Equal(true, LoadedClient.Get(Variant(pet)!, "Barks"));
        AssertKeepsEverything("Pet", json, pet);
    }

    [Fact]
    public void An_implicit_mapping_picks_its_variant_by_schema_name()
    {
        const string json = """{"kind":"Square","side":2.5}""";

        var shape = Client.Read("Shape", json);

        Assert.Equal("Square", Variant(shape)!.GetType().Name);
        Assert.Equal(2.5, LoadedClient.Get(Variant(shape)!, "Side"));
    }

    [Fact]
    public void Without_a_discriminator_the_properties_present_pick_the_variant_and_all_of_them_survive()
    {
        // Every variant requires only id and has the same protocol enum: only the properties tell them apart.
        const string workforce = """{"id":"a1","protocol":"OIDC","audience":"aud","clientId":"cli","requestedScopes":["openid"]}""";
        const string workload = """{"id":"a2","protocol":"OIDC","audience":"aud"}""";
        const string saml = """{"id":"a3","protocol":"SAML","ssoUrl":"https://idp/sso"}""";

        var first = Client.Read("Provider", workforce);
        var second = Client.Read("Provider", workload);
        var third = Client.Read("Provider", saml);

        Assert.Equal("OidcWorkforceProvider", Variant(first)!.GetType().Name);
        Assert.Equal("cli", LoadedClient.Get(Variant(first)!, "ClientId"));
        // Both OIDC variants declare audience; the narrower one is the tighter fit.
        Assert.Equal("OidcWorkloadProvider", Variant(second)!.GetType().Name);
        Assert.Equal("SamlProvider", Variant(third)!.GetType().Name);
        AssertKeepsEverything("Provider", workforce, first);
    }

    [Fact]
    public void A_discriminator_value_several_variants_share_is_settled_by_the_properties_present()
    {
        const string stream = """{"id":"s","eventTypeName":"HOST_DOWN","processorName":"p1"}""";
        const string host = """{"id":"h","eventTypeName":"HOST_DOWN","hostnameAndPort":"h:27017","replicaSetName":"rs0","clusterId":"undeclared"}""";
        const string billing = """{"id":"b","eventTypeName":"DAILY_BILL_OVER_THRESHOLD"}""";

        Assert.Equal("StreamAlert", Variant(Client.Read("Alert", stream))!.GetType().Name);
        var hostAlert = Client.Read("Alert", host);
        Assert.Equal("HostAlert", Variant(hostAlert)!.GetType().Name);
        Assert.Equal("rs0", LoadedClient.Get(Variant(hostAlert)!, "ReplicaSetName"));
        var extras = (IReadOnlyDictionary<string, JsonElement>)LoadedClient.Get(Variant(hostAlert)!, "AdditionalProperties")!;
        Assert.Equal("undeclared", extras["clusterId"].GetString());
        Assert.Equal("DefaultAlert", Variant(Client.Read("Alert", billing))!.GetType().Name);
        AssertKeepsEverything("Alert", host, hostAlert);
    }

    [Fact]
    public void An_unknown_discriminator_value_keeps_the_raw_JSON_and_writes_it_back_unchanged()
    {
        const string json = """{"petType":"fish","fins":2,"barks":false}""";

        var pet = Client.Read("Pet", json);

        Assert.Null(Variant(pet));
        Assert.Equal("fish", Raw(pet)!.Value.GetProperty("petType").GetString());
        Assert.Equal(json, Client.Write("Pet", pet));
        Assert.Equal(json, Client.Write("Pet", pet, server: true));
    }

    [Fact]
    public void A_body_that_fits_no_variant_keeps_its_raw_JSON()
    {
        // No id: no provider variant's required properties are all present.
        const string json = """{"protocol":"OIDC","audience":"aud"}""";

        var provider = Client.Read("Provider", json);

        Assert.Null(Variant(provider));
        Assert.Equal(json, Client.Write("Provider", provider));
    }
}

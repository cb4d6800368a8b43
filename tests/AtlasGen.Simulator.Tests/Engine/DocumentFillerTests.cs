using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Engine;
using AtlasGen.Simulator.Spec;
using Xunit;

namespace AtlasGen.Simulator.Tests.Engine;

/// <summary>
/// How the engine's filler makes a document valid for one schema: a oneOf told apart by an enum-valued property is
/// filled as one variant, with the value only that variant allows (a validator's oneOf demands exactly one match); a
/// value of another shape (an item stored by a newer version, answered by an older one) gives way to the schema's own.
/// </summary>
public sealed class DocumentFillerTests
{
    private static readonly FillContext Context = new(new Dictionary<string, string>(), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), () => "6a0000000000000000000001", "http://127.0.0.1/item");

    // 0: the oneOf; 1: a catch-all variant whose enum lists every event type; 2: a specific variant that needs a threshold.
    private static readonly SimulatorSpec Alerts = new(Array.Empty<OperationRoute>(), new[]
    {
        new SchemaObject("AlertConfig", Array.Empty<SchemaProperty>()) { Variants = new[] { 1, 2 }, DiscriminatorProperty = "eventTypeName", VariantValues = new string?[] { "OTHER_EVENT", "HOST_DOWN" } },
        new SchemaObject("DefaultAlertConfig", new[] { Property("eventTypeName", SchemaKind.Enum, required: true, value: "HOST_DOWN") }),
        new SchemaObject("HostAlertConfig", new[] { Property("eventTypeName", SchemaKind.Enum, required: true, value: "HOST_DOWN"), Property("threshold", SchemaKind.Integer, required: true, value: "5") }),
    });

    [Fact]
    public void A_document_without_a_discriminator_becomes_one_variant_with_the_value_only_it_allows()
    {
        var document = new JsonObject();
        new DocumentFiller(Alerts).Fill(document, 0, Context);

        // The first enum value would be HOST_DOWN, which both variants allow: the catch-all gets its own value instead.
        Assert.Equal("OTHER_EVENT", document["eventTypeName"]!.GetValue<string>());
        Assert.Null(document["threshold"]);
    }

    [Fact]
    public void A_document_naming_a_variant_is_filled_as_that_variant()
    {
        var document = new JsonObject { ["eventTypeName"] = "HOST_DOWN" };
        new DocumentFiller(Alerts).Fill(document, 0, Context);

        Assert.Equal(5, document["threshold"]!.GetValue<long>());
    }

    [Fact]
    public void A_value_of_another_shape_gives_way_to_the_schemas_own()
    {
        var spec = new SimulatorSpec(Array.Empty<OperationRoute>(), new[]
        {
            new SchemaObject("AppUser", new[] { Property("roles", SchemaKind.Array, required: true), Property("username", SchemaKind.String, required: true), Property("country", SchemaKind.String, required: false) }),
        });
        var stored = JsonNode.Parse("""{"roles":{"orgRoles":["ORG_OWNER"]},"username":"sim@example.com","country":["US"]}""")!.AsObject();

        new DocumentFiller(spec).Fill(stored, 0, Context);

        // Required: the schema's empty list; optional: left out; what fits stays.
        Assert.IsType<JsonArray>(stored["roles"]);
        Assert.False(stored.ContainsKey("country"));
        Assert.Equal("sim@example.com", stored["username"]!.GetValue<string>());
    }

    private static SchemaProperty Property(string name, SchemaKind kind, bool required, string? value = null)
        => new(name, kind, ReadOnly: false, Required: required, Value: value, Schema: -1, ElementKind: SchemaKind.Any);
}

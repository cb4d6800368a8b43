using AtlasGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Tests;

/// <summary>Names from a spec never clash with ours, with the JSON context's members, or with .NET's: everything compiles.</summary>
public sealed class NameClashTests
{
    private static readonly string Spec = TestSpec.Spec(
        [
            TestSpec.Post("/default", "default", "Connection", body: TestSpec.Ref("Options"), schema: TestSpec.Ref("Default")),
            TestSpec.Get("/equals", "equals", "Dispose", TestSpec.Ref("Equals"), TestSpec.Parameters(
                "{in: query, name: cancellationToken, schema: {type: string}}",
                "{in: query, name: body, schema: {type: string}}",
                "{in: query, name: class, schema: {type: string}}")),
        ],
        """
        Default: {type: object, properties: {default: {type: string}, toString: {type: string}, client: {$ref: '#/components/schemas/AtlasClient'}, context: {$ref: '#/components/schemas/AtlasClientJsonContext'}, info: {$ref: '#/components/schemas/GetTypeInfo'}, generated: {$ref: '#/components/schemas/GeneratedSerializerOptions'}}}
        Options: {type: object, properties: {options: {type: integer}}}
        GetTypeInfo: {type: object, properties: {value: {type: string}}}
        GeneratedSerializerOptions: {type: string, enum: [a, b]}
        Equals: {type: object, properties: {task: {$ref: '#/components/schemas/Task'}}}
        Task: {type: object, properties: {system: {$ref: '#/components/schemas/System'}}}
        System: {type: object, properties: {value: {type: string}}}
        AtlasClient: {type: object, properties: {additionalData: {type: string}}}
        AtlasClientJsonContext: {type: object, additionalProperties: true, properties: {additionalProperties: {type: string}}}
        """);

    [Fact]
    public void A_spec_full_of_our_names_still_compiles()
    {
        var run = GeneratorHarness.RunClean(Spec);
        // Schemas named like our own types get a suffix.
        Assert.NotNull(run.GeneratedType("AtlasClient2"));
        Assert.NotNull(run.GeneratedType("AtlasClientJsonContext2"));
    }

    [Theory]
    [InlineData("Default")]
    [InlineData("Options")]
    [InlineData("GetTypeInfo")]
    [InlineData("GeneratedSerializerOptions")]
    [InlineData("Equals")]
    public void A_schema_named_like_a_JSON_context_member_is_renamed_so_its_accessor_hides_nothing(string schemaName)
    {
        var run = GeneratorHarness.Run(Spec);
        var context = run.GeneratedType("AtlasClientJsonContext")!;

        // The parser claimed the name once, for the type and its accessor alike: "Default2", accessor "Default2".
        Assert.Null(run.GeneratedType(schemaName));
        var renamed = run.GeneratedType(schemaName + "2");
        Assert.NotNull(renamed);
        var accessor = Assert.Single(context.GetMembers(schemaName + "2").OfType<IPropertySymbol>());
        Assert.Equal(renamed, ((INamedTypeSymbol)accessor.Type).TypeArguments[0], SymbolEqualityComparer.Default);
        // The context's own member keeps its meaning.
        Assert.DoesNotContain(context.GetMembers(schemaName).OfType<IPropertySymbol>(), p => p.Type is INamedTypeSymbol { Name: "JsonTypeInfo" });
    }

    private static readonly string InheritedNamesSpec = TestSpec.Spec(
        [TestSpec.Get("/pets", "getPet", "Pets", TestSpec.Ref("Pet"))],
        TestSpec.DiscriminatedBase("Pet", "kind", "setAdditionalProperty: {type: string}"),
        TestSpec.Subtype("Cat", "Pet", """
            additionalProperties: {type: string}
            extraAdditionalProperties: {type: string}
            set_additional_property: {type: string}
            """));

    [Fact]
    public void Extension_data_names_are_claimed_with_the_properties_and_inherited_by_subtypes()
    {
        var run = GeneratorHarness.RunClean(InheritedNamesSpec);

        // The base's property took SetAdditionalProperty, so its tolerant bag and methods are the "Extra" ones.
        var pet = run.GeneratedType("Pet")!;
        Assert.Single(pet.GetMembers("ExtraAdditionalProperties").OfType<IPropertySymbol>());
        Assert.Single(pet.GetMembers("SetExtraAdditionalProperty").OfType<IMethodSymbol>());
        Assert.Single(pet.GetMembers("RemoveExtraAdditionalProperty").OfType<IMethodSymbol>());

        // The subtype's properties don't hide what it inherits: the bag's name and the base's own properties are taken.
        var cat = run.GeneratedType("Cat")!;
        var catProperties = cat.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "AdditionalProperties", "ExtraAdditionalProperties2", "SetAdditionalProperty2" }, catProperties);
    }

    private static readonly string BuiltInNamesSpec = TestSpec.Spec(
        [TestSpec.Post("/widgets", "createWidget", "Widgets", body: TestSpec.Ref("Widget"), schema: TestSpec.Ref("String"))],
        TestSpec.Object("Widget", """
            name: {type: string}
            count: {type: integer}
            when: {type: string, format: date-time}
            children: {type: array, items: {$ref: '#/components/schemas/Widget'}}
            byName: {type: object, additionalProperties: {$ref: '#/components/schemas/Widget'}}
            string: {$ref: '#/components/schemas/String'}
            int32: {$ref: '#/components/schemas/Int32'}
            list: {$ref: '#/components/schemas/ListWidget'}
            nullable: {$ref: '#/components/schemas/NullableInt32'}
            dictionary: {$ref: '#/components/schemas/DictionaryStringWidget'}
            element: {$ref: '#/components/schemas/JsonElement'}
            offset: {$ref: '#/components/schemas/DateTimeOffset'}
            """),
        """
        String: {type: object, properties: {value: {type: string}}}
        Int32: {type: object, properties: {value: {type: integer}}}
        ListWidget: {type: object, properties: {items: {type: array, items: {$ref: '#/components/schemas/Widget'}}}}
        NullableInt32: {type: object, properties: {value: {type: integer}}}
        DictionaryStringWidget: {type: object, properties: {value: {type: string}}}
        JsonElement: {type: object, properties: {value: {type: string}}}
        DateTimeOffset: {type: string, enum: [a, b]}
        """);

    [Fact]
    public void Schemas_named_like_built_in_types_keep_their_JSON_metadata()
    {
        var run = GeneratorHarness.RunClean(BuiltInNamesSpec);

        // Every type the context must describe has an accessor of its own: no schema took one of the built-in ones.
        var context = run.GeneratedType("AtlasClientJsonContext")!;
        var described = context.GetMembers().OfType<IPropertySymbol>()
            .Select(p => p.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.Name == "JsonTypeInfo" && t.TypeArguments.Length == 1)
            .Select(t => t.TypeArguments[0].ToDisplayString())
            .ToHashSet();
        var schemas = run.GeneratedType("Widget")!.ContainingNamespace.GetTypeMembers()
            .Where(t => t.TypeKind is TypeKind.Class or TypeKind.Struct && !t.Name.StartsWith("AtlasClient", System.StringComparison.Ordinal) && !t.Name.EndsWith("Client", System.StringComparison.Ordinal))
            .Select(t => t.ToDisplayString())
            .ToList();
        Assert.Equal(8, schemas.Count);
        foreach (var expected in schemas.Concat(new[]
        {
            "string", "int?", "System.DateTimeOffset?",
            "System.Collections.Generic.List<AtlasGen.Atlas.Widget>",
            "System.Collections.Generic.Dictionary<string, AtlasGen.Atlas.Widget>",
        }))
        {
            Assert.True(described.Contains(expected), $"no JSON metadata for {expected}; the context describes: {string.Join(", ", described.OrderBy(d => d))}");
        }

        // The schemas keep a recognisable name, with the suffix our own clashing names get.
        Assert.NotNull(run.GeneratedType("String2"));
        Assert.NotNull(run.GeneratedType("ListWidget2"));
        Assert.NotNull(run.GeneratedType("NullableInt322"));
    }

    private static readonly string ConverterNamesSpec = TestSpec.Spec(
        [TestSpec.Get("/zoo", "getZoo", "Zoo", TestSpec.Ref("Zoo"))],
        TestSpec.Object("Zoo", """
            a: {$ref: '#/components/schemas/ShapeJsonConverter'}
            b: {$ref: '#/components/schemas/PetPolymorphicConverter'}
            shape: {$ref: '#/components/schemas/Shape'}
            pet: {$ref: '#/components/schemas/Pet'}
            """),
        TestSpec.NameOnly("ShapeJsonConverter"),
        TestSpec.NameOnly("PetPolymorphicConverter"),
        """
        Shape:
          oneOf:
          - $ref: '#/components/schemas/Circle'
          - $ref: '#/components/schemas/Square'
        Circle: {type: object, required: [radius], properties: {radius: {type: number}}}
        Square: {type: object, required: [side], properties: {side: {type: number}}}
        """,
        TestSpec.DiscriminatedBase("Pet", "kind"),
        TestSpec.Subtype("Cat", "Pet", "lives: {type: integer}"));

    [Fact]
    public void A_schema_named_like_a_converter_keeps_its_name_free_of_the_converter()
    {
        var run = GeneratorHarness.RunClean(ConverterNamesSpec);

        // The schemas came first and keep their names; the union and the base are named so their converters are free.
        Assert.NotNull(run.GeneratedType("ShapeJsonConverter"));
        Assert.NotNull(run.GeneratedType("Shape2"));
        Assert.NotNull(run.GeneratedType("Shape2JsonConverter"));
        Assert.NotNull(run.GeneratedType("Pet2"));
        var context = run.GeneratedType("AtlasClientJsonContext")!;
        Assert.Single(context.GetMembers("PetPolymorphicConverter").OfType<IPropertySymbol>());
        Assert.Single(context.GetTypeMembers("Pet2PolymorphicConverter"));
    }
}

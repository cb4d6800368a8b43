using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Tests;

/// <summary>Names from a spec never clash with ours, with the JSON context's members, or with .NET's: everything compiles.</summary>
public sealed class NameClashTests
{
    private const string Spec = """
        openapi: 3.0.1
        info: {title: Clashes, version: '1'}
        paths:
          /default:
            post:
              operationId: default
              tags: [Connection]
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Options'}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Default'}
          /equals:
            get:
              operationId: equals
              tags: [Dispose]
              parameters:
              - {in: query, name: cancellationToken, schema: {type: string}}
              - {in: query, name: body, schema: {type: string}}
              - {in: query, name: class, schema: {type: string}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Equals'}
        components:
          schemas:
            Default: {type: object, properties: {default: {type: string}, toString: {type: string}, client: {$ref: '#/components/schemas/AtlasClient'}, context: {$ref: '#/components/schemas/AtlasClientJsonContext'}}}
            Options: {type: object, properties: {options: {type: integer}}}
            Equals: {type: object, properties: {task: {$ref: '#/components/schemas/Task'}}}
            Task: {type: object, properties: {system: {$ref: '#/components/schemas/System'}}}
            System: {type: object, properties: {value: {type: string}}}
            AtlasClient: {type: object, properties: {additionalData: {type: string}}}
            AtlasClientJsonContext: {type: object, additionalProperties: true, properties: {additionalProperties: {type: string}}}
        """;

    [Fact]
    public void A_spec_full_of_our_names_still_compiles()
    {
        var run = GeneratorHarness.Run(Spec);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompileDiagnostics().Count == 0, run.Describe(run.CompileDiagnostics()));
        // Schemas named like our own types get a suffix; the context's accessor for "Default" can't hide Default.
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.AtlasClient2"));
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.AtlasClientJsonContext2"));
        Assert.NotEmpty(run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.AtlasClientJsonContext")!.GetMembers("DefaultTypeInfo"));
    }

    private const string BuiltInNamesSpec = """
        openapi: 3.0.1
        info: {title: Built-in names, version: '1'}
        paths:
          /widgets:
            post:
              operationId: createWidget
              tags: [Widgets]
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Widget'}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/String'}
        components:
          schemas:
            Widget:
              type: object
              properties:
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
            String: {type: object, properties: {value: {type: string}}}
            Int32: {type: object, properties: {value: {type: integer}}}
            ListWidget: {type: object, properties: {items: {type: array, items: {$ref: '#/components/schemas/Widget'}}}}
            NullableInt32: {type: object, properties: {value: {type: integer}}}
            DictionaryStringWidget: {type: object, properties: {value: {type: string}}}
            JsonElement: {type: object, properties: {value: {type: string}}}
            DateTimeOffset: {type: string, enum: [a, b]}
        """;

    [Fact]
    public void Schemas_named_like_built_in_types_keep_their_JSON_metadata()
    {
        var run = GeneratorHarness.Run(BuiltInNamesSpec);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompileDiagnostics().Count == 0, run.Describe(run.CompileDiagnostics()));

        // Every type the context must describe has an accessor of its own: no schema took one of the built-in ones.
        var context = run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.AtlasClientJsonContext")!;
        var described = context.GetMembers().OfType<IPropertySymbol>()
            .Select(p => p.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.Name == "JsonTypeInfo" && t.TypeArguments.Length == 1)
            .Select(t => t.TypeArguments[0].ToDisplayString())
            .ToHashSet();
        var schemas = run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.Widget")!.ContainingNamespace.GetTypeMembers()
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
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.String2"));
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.ListWidget2"));
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("AtlasGen.Atlas.NullableInt322"));
    }
}

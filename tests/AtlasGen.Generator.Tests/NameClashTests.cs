using AtlasGen.Generator.Tests.Infrastructure;
using Xunit;

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
}

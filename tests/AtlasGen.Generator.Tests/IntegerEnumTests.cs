using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests;

/// <summary>Integer enums stay numbers in C#, with their values as an attribute for the analyzers and a check at run time.</summary>
public sealed class IntegerEnumTests
{
    private const string Spec = TestSpec.Header + """
        paths:
          /samples:
            post:
              operationId: createSample
              tags: [Samples]
              parameters:
              - {in: query, name: granularity, schema: {type: integer, format: int32, enum: [60, 300, 3600]}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        retentionDays: {type: integer, format: int64, enum: [7, 30, 90]}
              responses:
                '204': {description: none}
        """;

    [Fact]
    public void Integer_enum_values_become_an_attribute_and_a_runtime_check()
    {
        var run = GeneratorHarness.RunClean(Spec);

        var client = run.Source("SamplesClient.g.cs");
        Assert.Contains("[global::AtlasGen.Runtime.AtlasAllowedValues(\"60\", \"300\", \"3600\")] int? granularity = null", client, System.StringComparison.Ordinal);
        Assert.Contains("AtlasArgument.OneOf(granularity, new double[] { 60, 300, 3600 }, \"granularity\");", client, System.StringComparison.Ordinal);

        var models = run.Source("Models.g.cs");
        Assert.Contains("public long? RetentionDays { get; set; }", models, System.StringComparison.Ordinal);
        Assert.Contains("AtlasArgument.OneOf(RetentionDays, new double[] { 7, 30, 90 }, path + \".retentionDays\");", models, System.StringComparison.Ordinal);
    }
}

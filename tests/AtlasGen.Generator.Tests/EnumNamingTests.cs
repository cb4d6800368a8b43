using System.Linq;
using AtlasGen.Generator.Tests.Infrastructure;
using AtlasGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AtlasGen.Generator.Tests;

/// <summary>
/// An enum is named where it is declared (generator/README.md, "Type names"): declarations with the same values share
/// one enum only when its name fits them all, so PagerDuty's region is never an OpsGenieRegion.
/// </summary>
public sealed class EnumNamingTests
{
    private static readonly string Spec = TestSpec.Spec(
        [
            TestSpec.Get("/integrations", "listIntegrations", "Integrations", TestSpec.Ref("Integrations"),
                TestSpec.Parameters("{in: query, name: cloudProvider, schema: {type: string, enum: [AWS, GCP]}}")),
            TestSpec.Get("/integrations/{integrationType}", "getIntegration", "Integrations", TestSpec.Ref("ThirdPartyIntegration"),
                TestSpec.Parameters("{in: path, name: integrationType, required: true, schema: {type: string, enum: [PAGER_DUTY, OPS_GENIE]}}")),
            TestSpec.Operation("get", "/clusters", "listClusters", "Clusters", TestSpec.NoContent,
                TestSpec.Parameters("{in: query, name: cloudProvider, schema: {type: string, enum: [GCP, AWS]}}")),
            TestSpec.Operation("get", "/clusters/azure", "listAzureClusters", "Clusters", TestSpec.NoContent,
                TestSpec.Parameters("{in: query, name: cloudProvider, schema: {type: string, enum: [AZURE]}}")),
            TestSpec.Operation("get", "/integrations/azure", "listAzureIntegrations", "Integrations", TestSpec.NoContent,
                TestSpec.Parameters("{in: query, name: cloudProvider, schema: {type: string, enum: [AZURE]}}")),
        ],
        TestSpec.Object("Integrations", """
            opsGenie: {$ref: '#/components/schemas/OpsGenie'}
            pagerDuty: {$ref: '#/components/schemas/PagerDuty'}
            """),
        TestSpec.Object("OpsGenie", "region: {type: string, description: OpsGenie's region., enum: [US, EU]}"),
        TestSpec.Object("PagerDuty", "region: {type: string, description: PagerDuty's region., enum: [US, EU]}"),
        TestSpec.Object("ThirdPartyIntegration", "type: {type: string, enum: [OPS_GENIE, PAGER_DUTY]}"));

    [Fact]
    public void Inline_enums_with_the_same_values_and_different_owners_are_named_by_their_owners()
    {
        var run = GeneratorHarness.RunClean(Spec);

        Assert.Equal("AtlasGen.Atlas.OpsGenieRegion", PropertyType(run, "OpsGenie", "Region"));
        Assert.Equal("AtlasGen.Atlas.PagerDutyRegion", PropertyType(run, "PagerDuty", "Region"));
        // Each keeps its own description.
        Assert.Contains("PagerDuty's region.", run.GeneratedType("PagerDutyRegion")!.GetDocumentationCommentXml(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_enum_repeated_across_operations_is_one_type()
    {
        var run = GeneratorHarness.Run(Spec);
        run.AssertCompiles();

        // [AWS, GCP] came first and is CloudProvider; [AZURE] is CloudProvider2 both times it is declared.
        var enums = run.GeneratedType("OpsGenie")!.ContainingNamespace.GetTypeMembers()
            .Where(t => t.Name.StartsWith("CloudProvider", System.StringComparison.Ordinal)).Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "CloudProvider", "CloudProvider2" }, enums);
        var azure = run.GeneratedType("IntegrationsClient")!.GetMembers("ListAzureIntegrationsAsync").OfType<IMethodSymbol>().First().Parameters[0].Type;
        Assert.Equal("AtlasGen.Atlas.CloudProvider2?", azure.ToDisplayString());
    }

    /// <summary>The property's type, without the Nullable&lt;T&gt; an optional enum property has.</summary>
    [Fact]
    public void Declarations_with_the_same_values_share_an_enum_whose_name_fits_them_all()
    {
        var run = GeneratorHarness.Run(Spec);
        run.AssertCompiles();

        // The parameter (IntegrationType) came first; ThirdPartyIntegration.type (ThirdPartyIntegrationType) ends with
        // that name, so a property read from one response can be passed straight to the parameter.
        Assert.Equal("AtlasGen.Atlas.IntegrationType", PropertyType(run, "ThirdPartyIntegration", "Type"));
        var parameter = run.GeneratedType("IntegrationsClient")!.GetMembers("GetIntegrationAsync").OfType<IMethodSymbol>().First().Parameters[0];
        Assert.Equal("AtlasGen.Atlas.IntegrationType", parameter.Type.ToDisplayString());
        Assert.Null(run.GeneratedType("ThirdPartyIntegrationType"));
    }

    private static string PropertyType(GeneratorRun run, string model, string property)
    {
        var type = run.GeneratedType(model)!.GetMembers(property).OfType<IPropertySymbol>().Single().Type;
        return (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type).ToDisplayString();
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AtlasGen.Generator.Tests;

/// <summary>The bundled spec generates a client that compiles cleanly and has one method per operation.</summary>
public sealed class BundledSpecGenerationTests
{
    private static readonly GeneratorRun s_run = GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec(), "spec/atlas-admin-v2.yaml");

    [Fact]
    public void Generates_without_diagnostics()
        => Assert.True(s_run.GeneratorDiagnostics.IsEmpty, s_run.Describe(s_run.GeneratorDiagnostics));

    [Fact]
    public void Output_compiles_with_nullable_and_warnings_as_errors()
    {
        var problems = s_run.CompileDiagnostics();
        Assert.True(problems.Count == 0, s_run.Describe(problems));
    }

    [Fact]
    public void Has_every_operation_in_one_client_per_tag()
    {
        // An operation's method and its (required arguments, token) overload carry the same operationId.
        var perClass = s_run.Compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Select(m => (Method: m, Operation: m.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString().EndsWith("AtlasOperation", System.StringComparison.Ordinal))))
            .Where(x => x.Operation is not null)
            .GroupBy(x => ((ClassDeclarationSyntax)x.Method.Parent!).Identifier.Text)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Operation!.ArgumentList!.Arguments[0].ToString()).Distinct().Count());

        Assert.Equal(45, perClass.Values.Sum());
        Assert.Equal(
            new[] { ("AuditingClient", 2), ("MongoDbCloudUsersClient", 2), ("ProgrammaticApiKeysClient", 14), ("ProjectsClient", 17), ("TeamsClient", 4), ("TestClient", 1), ("ThirdPartyIntegrationsClient", 5) }.OrderBy(p => p.Item1),
            perClass.Select(p => (p.Key, p.Value)).OrderBy(p => p.Item1));
    }

    [Fact]
    public void Root_client_exposes_every_tag()
    {
        var root = s_run.GeneratedType("AtlasClient")!;
        var properties = root.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).OrderBy(n => n);
        Assert.Equal(new[] { "Auditing", "Connection", "MongoDbCloudUsers", "ProgrammaticApiKeys", "Projects", "Teams", "Test", "ThirdPartyIntegrations" }, properties);
    }

    [Fact]
    public void Constrained_parameters_carry_the_spec_constraints()
    {
        // Both the full method and its (required arguments, token) overload carry the constraints.
        var getProject = s_run.GeneratedType("ProjectsClient")!.GetMembers("GetGroupAsync").OfType<IMethodSymbol>().ToList();
        Assert.Equal(2, getProject.Count);
        foreach (var overload in getProject)
        {
            var groupId = overload.Parameters.Single(p => p.Name == "groupId");
            var pattern = groupId.GetAttributes().Single(a => a.AttributeClass!.Name == "AtlasPatternAttribute");
            Assert.Equal("^([a-f0-9]{24})$", pattern.ConstructorArguments[0].Value);
            Assert.Single(overload.GetAttributes(), a => a.AttributeClass!.Name == "AtlasOperationAttribute");
            Assert.Equal("cancellationToken", overload.Parameters.Last().Name);
        }

        var list = s_run.GeneratedType("ProjectsClient")!.GetMembers("ListGroupsAsync").OfType<IMethodSymbol>().MaxBy(m => m.Parameters.Length)!;
        var range = list.Parameters.Single(p => p.Name == "itemsPerPage").GetAttributes().Single(a => a.AttributeClass!.Name == "AtlasRangeAttribute");
        Assert.Equal(new object?[] { 1d, 500d }, range.NamedArguments.Select(a => a.Value.Value));
        Assert.Equal(100, list.Parameters.Single(p => p.Name == "itemsPerPage").ExplicitDefaultValue);
        Assert.Equal("cancellationToken", list.Parameters.Last().Name);
    }

    [Fact]
    public void Role_enums_are_structs_with_their_known_values()
    {
        var orgRole = s_run.GeneratedType("OrgRole")!;
        Assert.True(orgRole.IsValueType && orgRole.IsReadOnly);
        var values = orgRole.GetAttributes().Single(a => a.AttributeClass!.Name == "AtlasAllowedValuesAttribute").ConstructorArguments[0].Values.Select(v => (string)v.Value!);
        Assert.Equal(new[] { "ORG_OWNER", "ORG_MEMBER", "ORG_GROUP_CREATOR", "ORG_BILLING_ADMIN", "ORG_BILLING_READ_ONLY", "ORG_STREAM_PROCESSING_ADMIN", "ORG_READ_ONLY" }, values);
        Assert.NotEmpty(orgRole.GetMembers("OrgOwner"));
    }

    [Fact]
    public void Limits_discriminator_target_extends_the_base()
    {
        // DefaultLimit repeats the base's properties in the spec; as a subclass it declares none of its own.
        var derived = s_run.GeneratedType("DefaultLimit")!;
        Assert.Equal("DataFederationLimit", derived.BaseType!.Name);
        Assert.DoesNotContain(derived.GetMembers().OfType<IPropertySymbol>(), p => p.Name == "Value");
    }

    [Fact]
    public void Both_versions_of_listGroupUsers_are_methods_and_the_newest_is_the_default()
    {
        var users = s_run.GeneratedType("MongoDbCloudUsersClient")!;
        string MediaType(string method) => (string)users.GetMembers(method).OfType<IMethodSymbol>().First()
            .GetAttributes().Single(a => a.AttributeClass!.Name == "AtlasOperationAttribute").NamedArguments.Single(a => a.Key == "MediaType").Value.Value!;

        Assert.Equal("application/vnd.atlas.2025-02-19+json", MediaType("ListGroupUsersAsync"));
        Assert.Equal("application/vnd.atlas.2023-01-01+json", MediaType("ListGroupUsersV20230101Async"));
    }
}

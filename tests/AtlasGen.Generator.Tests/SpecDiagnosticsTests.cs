using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Tests;

/// <summary>Bad specs and options become diagnostics that point at the file and line; nothing escapes the generator.</summary>
public sealed class SpecDiagnosticsTests
{
    private const string Minimal = """
        openapi: 3.0.1
        info:
          title: Mini
          version: '1'
        paths:
          /things/{id}:
            get:
              operationId: getThing
              tags: [Things]
              parameters:
              - in: path
                name: id
                required: true
                schema:
                  type: string
                  pattern: ^([a-f0-9]{24})$
              responses:
                '200':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        $ref: '#/components/schemas/Thing'
                  description: OK
        components:
          schemas:
            Thing:
              type: object
              properties:
                name:
                  type: string
        """;

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var matches = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"expected one {id}, got: {run.Describe(run.GeneratorDiagnostics)}");
        return matches[0];
    }

    [Fact]
    public void A_valid_minimal_spec_generates_and_compiles()
    {
        var run = GeneratorHarness.RunClean(Minimal);
        Assert.Contains("GetThingAsync", run.Source("ThingsClient.g.cs"));
    }

    [Fact]
    public void Broken_yaml_is_an_error_with_the_file_and_line()
    {
        var broken = Minimal.Replace("    get:\n", "    get:\n  - [unbalanced\n");
        var run = GeneratorHarness.Run(broken, "broken.yaml");
        var error = run.GeneratorDiagnostics.FirstOrDefault(d => d.DefaultSeverity == DiagnosticSeverity.Error);
        Assert.True(error is not null, run.Describe(run.GeneratorDiagnostics));
        Assert.Equal("ATLASGEN002", error!.Id);
        Assert.Equal("broken.yaml", error.Location.GetLineSpan().Path);
        Assert.InRange(error.Location.GetLineSpan().StartLinePosition.Line, 5, 9);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Other_json_and_yaml_files_are_ignored_silently()
    {
        var run = GeneratorHarness.Run("{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }", "appsettings.json");
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Swagger_2_is_reported_not_generated()
    {
        var run = GeneratorHarness.Run("swagger: '2.0'\ninfo:\n  title: Old\n  version: '1'\npaths: {}\n", "old.yaml");
        Assert.Equal(DiagnosticSeverity.Warning, Single(run, "ATLASGEN004").DefaultSeverity);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_spec_without_paths_is_an_error()
    {
        var run = GeneratorHarness.Run("openapi: 3.0.1\ninfo:\n  title: Empty\n  version: '1'\npaths: {}\n", "empty.yaml");
        Assert.Equal(DiagnosticSeverity.Error, Single(run, "ATLASGEN002").DefaultSeverity);
    }

    [Fact]
    public void A_pattern_dotnet_cannot_run_is_a_warning_at_its_line_and_is_not_enforced()
    {
        var run = GeneratorHarness.Run(Minimal.Replace("pattern: ^([a-f0-9]{24})$", "pattern: ^([a-f0-9]{24}$"), "pattern.yaml");
        var warning = Single(run, "ATLASGEN101");
        Assert.Equal(15, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("AtlasPattern", run.Source("ThingsClient.g.cs"));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void An_OpenAPI_rule_a_fully_read_spec_breaks_is_information_at_its_line_not_a_warning()
    {
        // The published Atlas specs break this rule 11 times; a user can't fix them, so it must not fail a
        // TreatWarningsAsErrors build. The generator reads the discriminator whether or not it is required.
        var spec = Minimal.Replace("    Thing:\n      type: object\n", "    Thing:\n      type: object\n      discriminator: {propertyName: name}\n");
        Assert.NotEqual(Minimal, spec);
        var run = GeneratorHarness.Run(spec, "discriminator.yaml");

        var info = Single(run, "ATLASGEN010");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("discriminator", info.GetMessage(), System.StringComparison.OrdinalIgnoreCase);
        Assert.Equal("discriminator.yaml", info.Location.GetLineSpan().Path);
        Assert.Equal(spec.Split('\n').ToList().FindIndex(l => l.Contains("discriminator:", System.StringComparison.Ordinal)), info.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void An_unresolved_reference_is_carried_past_as_a_warning()
    {
        var run = GeneratorHarness.Run(Minimal.Replace("#/components/schemas/Thing", "#/components/schemas/Missing"), "ref.yaml");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id is "ATLASGEN102" or "ATLASGEN003" && d.GetMessage().Contains("Missing", System.StringComparison.Ordinal));
        Assert.Contains("GetThingAsync", run.Source("ThingsClient.g.cs"));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void An_invalid_namespace_option_is_an_error_and_the_default_is_used()
    {
        var run = GeneratorHarness.Run(Minimal, globalOptions: new Dictionary<string, string> { ["AtlasGenNamespace"] = "My..Bad" });
        Assert.Contains("My..Bad", Single(run, "ATLASGEN005").GetMessage());
        Assert.Contains("namespace AtlasGen.Atlas", run.Source("ThingsClient.g.cs"));
    }

    [Fact]
    public void An_unknown_tag_in_the_filter_is_a_warning_naming_the_known_tags()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec(), globalOptions: new Dictionary<string, string> { ["AtlasGenTags"] = "Teams;Nope" });
        Assert.Contains("Third-Party Integrations", Single(run, "ATLASGEN007").GetMessage());
        Assert.Contains(run.Sources, s => s.HintName.EndsWith("TeamsClient.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_filter_keeps_only_those_tags_and_their_types()
    {
        var all = GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec());
        var teams = GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec(), globalOptions: new Dictionary<string, string> { ["AtlasGenTags"] = "Teams" });
        Assert.Equal(new[] { "TeamsClient" }, teams.Sources.Select(s => s.HintName).Where(h => h.EndsWith("Client.g.cs", System.StringComparison.Ordinal) && !h.EndsWith(".AtlasClient.g.cs", System.StringComparison.Ordinal)).Select(h => h.Split('.')[^3]));
        Assert.True(teams.Source("Models.g.cs").Length < all.Source("Models.g.cs").Length / 3);
        Assert.DoesNotContain("class ApiAtlasGroupView", teams.Source("Models.g.cs"));
        Assert.Empty(teams.CompileDiagnostics());
    }

    [Fact]
    public void Per_file_namespaces_let_two_specs_live_in_one_project()
    {
        var run = GeneratorHarness.Run(new[]
        {
            ("a.yaml", Minimal, (IReadOnlyDictionary<string, string>?)new Dictionary<string, string> { ["AtlasGenNamespace"] = "First.Api" }),
            ("b.yaml", Minimal, (IReadOnlyDictionary<string, string>?)new Dictionary<string, string> { ["AtlasGenNamespace"] = "Second.Api" }),
        });
        run.AssertCleanRun();
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("First.Api.ThingsClient"));
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("Second.Api.ThingsClient"));
    }

    [Fact]
    public void Two_specs_that_would_generate_the_same_client_are_a_diagnostic_not_a_crash()
    {
        var run = GeneratorHarness.Run(new[]
        {
            ("a.yaml", Minimal, (IReadOnlyDictionary<string, string>?)null),
            ("b.yaml", Minimal, (IReadOnlyDictionary<string, string>?)null),
        });
        var duplicate = Single(run, "ATLASGEN009");
        Assert.Equal("b.yaml", duplicate.Location.GetLineSpan().Path);
        Assert.Contains("AtlasGen.Atlas.AtlasClient", duplicate.GetMessage(), System.StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.Empty(run.CompileDiagnostics());
        Assert.NotNull(run.GeneratedType("ThingsClient"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("openapi: 3.0.1")]
    [InlineData("openapi: 3.0.1\npaths:\n  /x:\n    get:\n      responses: 12\n")]
    [InlineData("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /x/{a}:\n    get:\n      operationId: x\n      parameters: [{in: path, name: a, schema: {$ref: '#/nope'}}]\n      responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/S'}}}}}}\ncomponents:\n  schemas:\n    S: {type: array, items: {$ref: '#/components/schemas/S'}}\n")]
    [InlineData("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n      operationId: class\n      requestBody: {content: {text/plain: {schema: {type: string}}}}\n      responses: {'204': {description: none}}\n")]
    public void Hostile_specs_give_diagnostics_or_code_never_an_exception(string text)
    {
        var run = GeneratorHarness.Run(text, "hostile.yaml");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "ATLASGEN006");
        Assert.DoesNotContain(run.CompileDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests.Options;

/// <summary>
/// The options as a consumer's build hands them over: a real <c>dotnet build</c> of a project that imports the
/// package's props and targets and loads the generator as an analyzer. The analyzer config the SDK writes reads
/// ';' and '#' as comments, so values holding them only survive because the targets encode them.
/// </summary>
public sealed class MsBuildOptionsTests
{
    private static readonly string SecondSpec = TestSpec.Spec(
        [
            TestSpec.Operation("get", "/a", "getA", "Alpha", TestSpec.NoContent),
            TestSpec.Operation("get", "/b", "getB", "Beta", TestSpec.NoContent),
            TestSpec.Operation("get", "/c", "getC", "Gamma", TestSpec.NoContent),
        ]);

    [Fact]
    public void Several_tags_and_per_file_values_with_separators_reach_the_generator_whole()
    {
        var directory = Directory.CreateTempSubdirectory("atlasgen-msbuild-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "second.yaml"), SecondSpec);
            File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), ConsumerProject(
                properties: "<AtlasGenTags>Teams;Projects;Nope</AtlasGenTags>",
                items: """<AdditionalFiles Include="second.yaml" AtlasGenNamespace="Second.Api" AtlasGenClientName="SecondClient" AtlasGenTags="Alpha;Gamma#comment" />"""));
            File.WriteAllText(Path.Combine(directory.FullName, "Program.cs"), "class UserCode { }");

            var (exitCode, output) = Build(directory.FullName);
            Assert.True(exitCode == 0, output);

            var generated = Directory.GetFiles(Path.Combine(directory.FullName, "generated"), "*.g.cs", SearchOption.AllDirectories)
                .Select(Path.GetFileName).ToList();
            // Every listed tag of the bundled spec, not only the first.
            Assert.Contains("AtlasGen.Atlas.AtlasClient.TeamsClient.g.cs", generated);
            Assert.Contains("AtlasGen.Atlas.AtlasClient.ProjectsClient.g.cs", generated);
            Assert.DoesNotContain("AtlasGen.Atlas.AtlasClient.AuditingClient.g.cs", generated);
            // A tag the spec doesn't have is a warning, not silence.
            Assert.Matches(new Regex(@"warning ATLASGEN007: AtlasGenTags names 'Nope'"), output);
            // Per-file metadata: namespace and client name as written; both tags, and the '#' kept as part of the last one.
            Assert.Contains("Second.Api.SecondClient.AlphaClient.g.cs", generated);
            Assert.DoesNotContain("Second.Api.SecondClient.BetaClient.g.cs", generated);
            Assert.Matches(new Regex(@"warning ATLASGEN007: AtlasGenTags names 'Gamma#comment'"), output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_value_cut_at_a_comment_character_is_reported_not_shortened()
    {
        var directory = Directory.CreateTempSubdirectory("atlasgen-msbuild-");
        try
        {
            // Cut at ';', "My" would be a valid namespace and the mistake would go unnoticed.
            File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), ConsumerProject(
                properties: "<AtlasGenNamespace>My%3BApi</AtlasGenNamespace><AtlasGenTags>Teams</AtlasGenTags>", items: ""));
            File.WriteAllText(Path.Combine(directory.FullName, "Program.cs"), "class UserCode { }");

            var (exitCode, output) = Build(directory.FullName);
            Assert.True(exitCode == 0, output);
            Assert.Matches(new Regex(@"warning ATLASGEN005: .*AtlasGenNamespace 'My;Api' is not a valid C# namespace"), output);
            Assert.Contains("AtlasGen.Atlas.AtlasClient.TeamsClient.g.cs", Directory.GetFiles(Path.Combine(directory.FullName, "generated"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A consumer outside the repository: the package's props and targets, the generator and its parser as analyzers, the runtime as a reference.</summary>
    private static string ConsumerProject(string properties, string items)
    {
        var bin = AppContext.BaseDirectory;
        var build = Path.Combine(RepositoryPaths.Root, "runtime", "AtlasGen.Runtime", "build");
        var analyzers = string.Concat(new[] { "AtlasGen.Generator.dll", "Microsoft.OpenApi.dll", "Microsoft.OpenApi.Readers.dll", "SharpYaml.dll" }
            .Select(d => $"""<Analyzer Include="{Path.Combine(bin, d)}" />"""));
        var references = string.Concat(Directory.GetFiles(bin, "Microsoft.Extensions.*.dll").Append(Path.Combine(bin, "AtlasGen.Runtime.dll"))
            .Select(d => $"""<Reference Include="{d}" />"""));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
                <AtlasGenBundledSpec>{RepositoryPaths.BundledSpec}</AtlasGenBundledSpec>
                {properties}
              </PropertyGroup>
              <Import Project="{Path.Combine(build, "AtlasGen.props")}" />
              <ItemGroup>{analyzers}{references}{items}</ItemGroup>
              <Import Project="{Path.Combine(build, "AtlasGen.targets")}" />
            </Project>
            """;
    }

    private static (int ExitCode, string Output) Build(string directory)
    {
        var start = new ProcessStartInfo("dotnet", "build -nologo -clp:NoSummary -p:UseSharedCompilation=false")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "dotnet build did not finish within 10 minutes\n" + stdout.Result);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using AtlasGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AtlasGen.Generator.Tests;

/// <summary>Checks spec/atlas-admin-v2.yaml, the spec bundled in the package, against the seed's operation list.</summary>
public sealed class BundledSpecTests
{
    private const int SeedOperationCount = 45;

    // Parsed once: every test reads the same file.
    private static readonly Lazy<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> Parsed = new(Parse);

    [Fact]
    public void ParsesAsOpenApi30WithoutErrors()
    {
        var (_, diagnostic) = Parsed.Value;

        Assert.True(
            diagnostic.Errors.Count == 0,
            "Parse errors:\n" + string.Join("\n", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
    }

    [Fact]
    public void HasExactlyTheSeedOperationCount()
    {
        Assert.Equal(SeedOperationCount, Operations(Parsed.Value.Document).Count);
    }

    [Fact]
    public void OnlyListProjectsAndGetProjectByNameAreUnauthenticated()
    {
        // The published spec gives these two no security; every other operation requires DigestAuth.
        var unauthenticated = new HashSet<string>(StringComparer.Ordinal) { "listProjects", "getProjectByName" };
        var document = Parsed.Value.Document;

        Assert.Contains(document.SecurityRequirements, r => r.Keys.Any(s => s.Reference?.Id == "DigestAuth"));
        foreach (var (_, _, operation) in OperationsWithKeys(document))
        {
            var requiresDigest = operation.Security.Any(r => r.Keys.Any(s => s.Reference?.Id == "DigestAuth"));
            Assert.True(
                requiresDigest != unauthenticated.Contains(operation.OperationId),
                $"{operation.OperationId}: DigestAuth required = {requiresDigest}");
        }
    }

    [PublishedSpecsFact]
    public void OperationsMatchSeedOperationsTsv()
    {
        var tsvPath = Path.Combine(RepositoryPaths.SpecsDirectory, "seed-operations.tsv");
        Assert.True(
            Directory.Exists(RepositoryPaths.SpecsDirectory),
            $"CI=true but the specs folder '{RepositoryPaths.SpecsDirectory}' is missing; set ATLASGEN_SPECS_DIR.");

        var expected = ReadSeedOperations(tsvPath);
        var actual = Operations(Parsed.Value.Document);

        Assert.Equal(SeedOperationCount, expected.Count);
        var missing = expected.Except(actual).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"In the tsv but not the spec:\n  {string.Join("\n  ", missing)}\nIn the spec but not the tsv:\n  {string.Join("\n  ", extra)}");
    }

    private static (OpenApiDocument, OpenApiDiagnostic) Parse()
    {
        var path = Path.Combine(RepositoryPaths.Root, "spec", "atlas-admin-v2.yaml");
        using var stream = File.OpenRead(path);
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);
        return (document, diagnostic);
    }

    private static IEnumerable<(OperationType Method, string Path, OpenApiOperation Operation)> OperationsWithKeys(OpenApiDocument document) =>
        document.Paths.SelectMany(path => path.Value.Operations.Select(op => (op.Key, path.Key, op.Value)));

    /// <summary>One "METHOD path operationId tag" line per operation.</summary>
    private static HashSet<string> Operations(OpenApiDocument document) =>
        new(
            OperationsWithKeys(document).Select(o => Key(
                o.Method.ToString().ToUpperInvariant(),
                o.Path,
                o.Operation.OperationId,
                string.Join(",", o.Operation.Tags.Select(t => t.Name)))),
            StringComparer.Ordinal);

    private static HashSet<string> ReadSeedOperations(string tsvPath)
    {
        var lines = File.ReadAllLines(tsvPath).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        int Column(string name)
        {
            var index = Array.IndexOf(header, name);
            Assert.True(index >= 0, $"{tsvPath} has no '{name}' column.");
            return index;
        }

        int method = Column("http_method"), path = Column("path"), operationId = Column("operationId"), tag = Column("spec_tag");
        return new HashSet<string>(
            lines.Skip(1).Select(l => l.Split('\t')).Select(c => Key(c[method], c[path], c[operationId], c[tag])),
            StringComparer.Ordinal);
    }

    private static string Key(string method, string path, string operationId, string tag) =>
        $"{method} {path} {operationId} [{tag}]";
}

using AtlasGen.SpecRegenerator;
using AtlasGen.TestData;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace AtlasGen.Generator.Tests;

/// <summary>
/// Checks spec/atlas-admin-v2.yaml, the spec bundled in the package: spec/regenerator reproduces it from the published
/// spec, and it holds the seed's operations under today's names.
/// </summary>
public sealed class BundledSpecTests
{
    private const int SeedOperationCount = 45;
    private const string NewestSpecFileName = "atlas-api-2026-08-21.yaml";
    private static readonly string[] Credentials = ["ServiceAccounts", "DigestAuth"];

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
    public void EveryOperationRequiresServiceAccountsOrDigestAuth()
    {
        // An operation without its own list takes the document's ([ServiceAccounts] or [DigestAuth]); none is open.
        var document = Parsed.Value.Document;
        foreach (var (_, _, operation) in OperationsWithKeys(document))
        {
            var requirements = operation.Security.Count > 0 ? operation.Security : document.SecurityRequirements;
            var schemes = requirements.SelectMany(r => r.Keys).Select(s => s.Reference?.Id).ToList();

            Assert.True(schemes.Count > 0 && schemes.All(Credentials.Contains), $"{operation.OperationId}: security is [{string.Join(", ", schemes)}]");
            Assert.Contains("DigestAuth", schemes);
        }
    }

    [PublishedSpecsFact]
    public void RegenerationFromThePublishedSpecReproducesTheCommittedFile()
    {
        var published = Path.Combine(RepositoryPaths.SpecsDirectory, NewestSpecFileName);
        var earlier = Path.Combine(RepositoryPaths.SpecsDirectory, BundledSpecFiles.DefaultEarlierRevisionFileName);

        var regenerated = BundledSpecFiles.Regenerate(Path.Combine(RepositoryPaths.Root, "spec"), published, earlier);

        // Compared line by line, so that a failure names the first line that differs rather than two 150 kB strings.
        var committed = File.ReadAllText(RepositoryPaths.BundledSpec).ReplaceLineEndings("\n").Split('\n');
        var expected = regenerated.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Min(committed.Length, expected.Length)).FirstOrDefault(i => committed[i] != expected[i], -1);
        Assert.True(
            firstDifference < 0 && committed.Length == expected.Length,
            firstDifference < 0
                ? $"The committed spec has {committed.Length} lines, the regenerated one {expected.Length}; run spec/regenerator (spec/README.md)."
                : $"Line {firstDifference + 1} differs; run spec/regenerator (spec/README.md).\n  committed:   {committed[firstDifference]}\n  regenerated: {expected[firstDifference]}");
    }

    [PublishedSpecsFact]
    public void OperationsMatchTheNewestColumnsOfSeedOperationsTsv()
    {
        var tsvPath = Path.Combine(RepositoryPaths.SpecsDirectory, "seed-operations.tsv");
        var (expected, removed) = ReadSeedOperations(tsvPath);
        var actual = Operations(Parsed.Value.Document);

        Assert.Equal(SeedOperationCount, expected.Count);
        var missing = expected.Except(actual).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"In the tsv but not the spec:\n  {string.Join("\n  ", missing)}\nIn the spec but not the tsv:\n  {string.Join("\n  ", extra)}");

        // The operations Atlas has removed are kept from 2023, and only those are deprecated for that reason.
        var operations = OperationsWithKeys(Parsed.Value.Document).ToDictionary(o => o.Operation.OperationId, o => o.Operation);
        Assert.NotEmpty(removed);
        Assert.All(removed, id => Assert.True(operations[id].Deprecated, $"{id} is no longer in Atlas and must be deprecated."));
    }

    private static (OpenApiDocument, OpenApiDiagnostic) Parse()
    {
        using var stream = File.OpenRead(RepositoryPaths.BundledSpec);
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

    /// <summary>
    /// The tsv's rows under the newest spec's names: newest_operationId, and the tag its newest_notes give ("tag=X"), else
    /// the 2023 tag. A row without newest_operationId is an operation Atlas removed: its 2023 name, listed as removed.
    /// </summary>
    private static (HashSet<string> Rows, List<string> Removed) ReadSeedOperations(string tsvPath)
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
        int newestOperationId = Column("newest_operationId"), newestNotes = Column("newest_notes");
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var cells in lines.Skip(1).Select(l => l.Split('\t')))
        {
            var newestId = cells.ElementAtOrDefault(newestOperationId) ?? "";
            if (newestId.Length == 0)
            {
                removed.Add(cells[operationId]);
                rows.Add(Key(cells[method], cells[path], cells[operationId], cells[tag]));
                continue;
            }

            var newestTag = (cells.ElementAtOrDefault(newestNotes) ?? "").Split(';').Select(n => n.Trim())
                .FirstOrDefault(n => n.StartsWith("tag=", StringComparison.Ordinal))?["tag=".Length..] ?? cells[tag];
            rows.Add(Key(cells[method], cells[path], newestId, newestTag));
        }

        return (rows, removed);
    }

    private static string Key(string method, string path, string operationId, string tag) =>
        $"{method} {path} {operationId} [{tag}]";
}

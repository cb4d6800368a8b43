using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace AtlasGen.Generator.Parsing;

/// <summary>Reads one spec into an <see cref="ApiModel"/>. Never throws: every problem becomes a diagnostic.</summary>
internal static class SpecParser
{
    private static readonly Regex s_openApiKey = new(@"^\s*[""']?openapi[""']?\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex s_swaggerKey = new(@"^\s*[""']?swagger[""']?\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex s_lineInPointer = new(@"^#line=(\d+)$", RegexOptions.CultureInvariant);

    public static SpecParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticSink(input.FilePath, input.Text);
        try
        {
            var model = ParseCore(input, diagnostics, cancellationToken);
            return new SpecParseResult(input.FilePath, model, diagnostics.ToArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The last line of defence: a bug or a spec the reader chokes on is a diagnostic, never CS8785.
            diagnostics.Report(DiagnosticDescriptors.InternalError, null, ex.GetType().Name + ": " + ex.Message);
            return new SpecParseResult(input.FilePath, null, diagnostics.ToArray());
        }
    }

    /// <summary>A quick look for the top-level <c>openapi</c> key: other JSON and YAML files in AdditionalFiles are not ours.</summary>
    public static bool LooksLikeOpenApi(string text) => s_openApiKey.IsMatch(text) || s_swaggerKey.IsMatch(text);

    private static ApiModel? ParseCore(SpecInput input, DiagnosticSink diagnostics, CancellationToken cancellationToken)
    {
        foreach (var problem in input.Options.Problems)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidOption, null, problem);
        }

        if (!s_openApiKey.IsMatch(input.Text))
        {
            diagnostics.Report(DiagnosticDescriptors.NotOpenApi3, null, input.FilePath, "it has no top-level 'openapi: 3.x' key (Swagger 2.0 is not supported)");
            return null;
        }

        OpenApiDocument? document;
        OpenApiDiagnostic readerDiagnostic;
        try
        {
            document = new OpenApiStringReader().Read(input.Text, out readerDiagnostic);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reader throws on some malformed input ($ref: '#', an empty component, an unknown version) rather
            // than reporting it; that is a problem in the spec, not in the generator.
            diagnostics.Report(DiagnosticDescriptors.InvalidSpec, null, $"The OpenAPI reader could not read the spec ({ex.GetType().Name}): {ex.Message}");
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var usable = document?.Paths is { Count: > 0 };
        foreach (var error in readerDiagnostic.Errors)
        {
            // Without paths there is nothing to generate. In a document with paths, what the reader could not read
            // is a warning; a rule of OpenAPI that the read document breaks (a discriminator not in required, two
            // paths that differ only in parameter names) is information: the generator reads the document as
            // written, reports its own ATLASGEN1xx where that changes the output, and a published spec the user
            // can't fix must not fail a TreatWarningsAsErrors build.
            var descriptor = !usable ? DiagnosticDescriptors.InvalidSpec
                : error is Microsoft.OpenApi.Validations.OpenApiValidatorError ? DiagnosticDescriptors.BrokenOpenApiRule
                : DiagnosticDescriptors.SpecWarning;
            var message = string.IsNullOrEmpty(error.Pointer) ? error.Message : error.Pointer + ": " + error.Message;
            var line = error.Pointer is null ? null : s_lineInPointer.Match(error.Pointer);
            if (line is { Success: true })
            {
                diagnostics.ReportAt(descriptor, Math.Max(0, int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1), 0, error.Message);
            }
            else
            {
                diagnostics.Report(descriptor, error.Pointer, message);
            }
        }

        if (!usable)
        {
            if (readerDiagnostic.Errors.Count == 0)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidSpec, "#/paths", "The spec has no paths, so there is nothing to generate");
            }

            return null;
        }

        return BuildModel(document!, input.Options, diagnostics, cancellationToken);
    }

    private static ApiModel BuildModel(OpenApiDocument document, GeneratorOptions options, DiagnosticSink diagnostics, CancellationToken cancellationToken)
    {
        var operations = new List<(string Tag, string Path, OperationType Method, OpenApiPathItem Item, OpenApiOperation Operation)>();
        foreach (var path in document.Paths.Where(p => p.Value?.Operations is not null))
        {
            foreach (var operation in path.Value.Operations.Where(o => o.Value is not null).OrderBy(o => o.Key))
            {
                operations.Add((operation.Value.Tags?.FirstOrDefault(t => !string.IsNullOrEmpty(t?.Name))?.Name ?? "Default", path.Key, operation.Key, path.Value, operation.Value));
            }
        }

        var selectedTags = SelectTags(options.Tags, operations.Select(o => o.Tag), diagnostics);
        var tagNames = operations.Select(o => o.Tag).Where(t => selectedTags is null || selectedTags.Contains(t)).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();

        // Our own type names come first, so a schema that happens to share one gets a suffix instead.
        var reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            options.ClientName, options.ClientName + "JsonContext", options.ClientName + "ServerJsonContext", options.ClientName + "ServiceCollectionExtensions",
        };
        var tagClasses = new Dictionary<string, (string ClassName, string PropertyName)>(StringComparer.Ordinal);
        // Case-insensitive: class names become hint names, which Roslyn compares ignoring case.
        var propertyNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Connection", "Dispose" };
        foreach (var tag in tagNames)
        {
            var property = Naming.Unique(Naming.Pascal(tag), propertyNames);
            tagClasses[tag] = (Naming.Unique(property + "Client", reserved), property);
        }

        var resolver = new SchemaResolver(document, diagnostics, reserved);
        var builder = new OperationBuilder(resolver, diagnostics, DefaultAccept(operations.Select(o => o.Operation)));
        var tags = new List<TagModel>();
        foreach (var tag in tagNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var methodNames = new HashSet<string>(StringComparer.Ordinal) { tagClasses[tag].ClassName };
            var models = operations
                .Where(o => o.Tag == tag)
                .Select(o => builder.Build(o.Path, o.Method, o.Item, o.Operation,
                    Naming.Unique(Naming.Pascal(o.Operation.OperationId ?? (o.Method + " " + o.Path)) + "Async", methodNames), methodNames))
                .ToEquatableArray();
            var description = document.Tags?.FirstOrDefault(t => t.Name == tag)?.Description;
            tags.Add(new TagModel(tag, tagClasses[tag].ClassName, tagClasses[tag].PropertyName, description, models));
        }

        return new ApiModel(
            options.Namespace,
            options.ClientName,
            document.Info?.Title ?? "API",
            document.Info?.Description,
            resolver.Types.ToEquatableArray(),
            tags.ToEquatableArray(),
            options.EmitServerContext || options.EmitSimulatorBindings,
            options.EmitSimulatorBindings);
    }

    private static HashSet<string>? SelectTags(string tagOption, IEnumerable<string> specTags, DiagnosticSink diagnostics)
    {
        var requested = tagOption.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (requested.Count == 0)
        {
            return null;
        }

        // A tag matches by its name or by its C# form, so "ThirdPartyIntegrations" selects "Third-Party Integrations".
        var known = specTags.Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var wanted in requested)
        {
            var match = known.Where(t => string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase) || Naming.Pascal(t) == Naming.Pascal(wanted)).ToList();
            if (match.Count == 0)
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownTag, "#/tags", wanted, string.Join(", ", known));
            }

            selected.UnionWith(match);
        }

        return selected;
    }

    /// <summary>The versioned media type most operations answer with: the Accept for operations that declare none.</summary>
    private static string DefaultAccept(IEnumerable<OpenApiOperation> operations)
        => operations
            .SelectMany(o => o.Responses?.Values ?? Enumerable.Empty<OpenApiResponse>())
            .SelectMany(r => r?.Content?.Keys ?? Enumerable.Empty<string>())
            .Where(k => MediaTypes.Version(k) is not null)
            .GroupBy(k => k)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? "application/json";
}

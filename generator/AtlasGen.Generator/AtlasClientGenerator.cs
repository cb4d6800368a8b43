using System.Collections.Immutable;
using System.IO;
using AtlasGen.Generator.Emitting;
using AtlasGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AtlasGen.Generator;

/// <summary>
/// Turns each OpenAPI 3 document in AdditionalFiles into a typed, AOT-safe client. The pipeline never touches the
/// Compilation: text and options in, an equatable model out, so editing C# code re-runs nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AtlasClientGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that reads a spec file and its options.</summary>
    public const string InputStep = "AtlasGen.Input";

    /// <summary>Tracking name of the step that parses a spec into the model.</summary>
    public const string ParseStep = "AtlasGen.Parse";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Where(static text => IsSpecPath(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadInput(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(InputStep);

        var models = inputs
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(ParseStep);

        // All specs together: two that would generate the same client must be told apart, not collide (CS8785).
        context.RegisterSourceOutput(models.Collect(), static (output, results) => Emit(output, results));
    }

    private static bool IsSpecPath(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
    }

    private static SpecInput? ReadInput(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, System.Threading.CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString();
        if (text is null)
        {
            // Roslyn could not read the file: still a spec by its name, so say so rather than skip it.
            return new SpecInput(file.Path, "", GeneratorOptionsReader.Read(options.GlobalOptions, options.GetOptions(file)));
        }

        // Other JSON and YAML files (appsettings.json, CI files) are not ours to complain about.
        return SpecParser.LooksLikeOpenApi(text)
            ? new SpecInput(file.Path, text, GeneratorOptionsReader.Read(options.GlobalOptions, options.GetOptions(file)))
            : null;
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<SpecParseResult> results)
    {
        var clients = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in results.OrderBy(r => r.FilePath, StringComparer.Ordinal))
        {
            foreach (var info in result.Diagnostics)
            {
                var descriptor = DiagnosticDescriptors.Find(info.DescriptorId) ?? DiagnosticDescriptors.InternalError;
                var position = new LinePosition(info.Line, info.Column);
                var location = Location.Create(info.FilePath, default, new LinePositionSpan(position, position));
                output.ReportDiagnostic(Diagnostic.Create(descriptor, location, messageArgs: ToObjects(info.MessageArgs)));
            }

            if (result.Model is not { } model)
            {
                continue;
            }

            var client = model.Namespace + "." + model.ClientName;
            if (clients.TryGetValue(client, out var first))
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateClient, Location.Create(result.FilePath, default, default), result.FilePath, first, client));
                continue;
            }

            clients[client] = result.FilePath;
            EmitSpec(output, result);
        }
    }

    private static void EmitSpec(SourceProductionContext output, SpecParseResult result)
    {
        try
        {
            foreach (var (hintName, source) in ApiEmitter.Emit(result.Model!))
            {
                output.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.Create(result.FilePath, default, default), ex.GetType().Name + ": " + ex.Message));
        }
    }

    private static object[] ToObjects(EquatableArray<string> args)
    {
        var objects = new object[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            objects[i] = args[i];
        }

        return objects;
    }
}

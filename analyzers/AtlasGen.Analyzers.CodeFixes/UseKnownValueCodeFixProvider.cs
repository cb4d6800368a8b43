using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace AtlasGen.Analyzers.CodeFixes;

/// <summary>
/// ATLAS002: replaces an unknown value with the nearest known one. The analyzer has already chosen it and
/// spelled it as C# (the enum's static member, fully qualified, or a string literal); this only edits syntax.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseKnownValueCodeFixProvider)), Shared]
public sealed class UseKnownValueCodeFixProvider : CodeFixProvider
{
    // One key for every replacement, so Fix All fixes each occurrence with its own nearest value.
    private const string EquivalenceKey = "AtlasGen.UseKnownValue";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownValue.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var replacement) || replacement is null
                || diagnostic.AdditionalLocations.Count == 0)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            if (node is not ExpressionSyntax expression)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(FixProperties.Display, out var display);
            var title = "Use " + (display ?? replacement);
            context.RegisterCodeFix(
                CodeAction.Create(title, token => ReplaceAsync(context.Document, expression, replacement, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string replacement,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }
        // Simplifier turns global::AtlasGen.Atlas.OrgRole.OrgOwner into OrgRole.OrgOwner where the usings allow it.
        var newExpression = SyntaxFactory.ParseExpression(replacement)
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, newExpression));
    }
}

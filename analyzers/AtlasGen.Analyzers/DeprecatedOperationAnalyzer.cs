using AtlasGen.Analyzers.Metadata;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AtlasGen.Analyzers;

/// <summary>ATLAS005: a call to a generated method whose operation is deprecated or has a sunset date.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeprecatedOperationAnalyzer() : AtlasAnalyzer(DiagnosticDescriptors.DeprecatedOperation)
{
    private protected override void Register(CompilationStartAnalysisContext start, ConstraintCache cache)
    {
        start.RegisterOperationAction(c => AnalyzeInvocation(c, cache), OperationKind.Invocation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ConstraintCache cache)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (cache.ForOperation(invocation.TargetMethod) is not { } operation)
        {
            return;
        }

        var sunset = string.IsNullOrEmpty(operation.Sunset) ? "" : "; its sunset date is " + operation.Sunset;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DeprecatedOperation,
            NameLocation(invocation), operation.OperationId, sunset));
    }

    // Underline the method name, not the receiver chain and arguments.
    private static Location NameLocation(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: { } expression } => expression.GetLocation(),
        _ => invocation.Syntax.GetLocation(),
    };
}

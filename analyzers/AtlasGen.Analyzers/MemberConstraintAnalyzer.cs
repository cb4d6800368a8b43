using AtlasGen.Analyzers.Checks;
using AtlasGen.Analyzers.Metadata;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AtlasGen.Analyzers;

/// <summary>
/// Checks constants given to constrained parameters, properties and fields: arguments (named and explicit
/// optional ones too), assignments, object-initializer members, member initializers and the items of
/// collections written in place. Non-constant values are left to the generated code's run-time checks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MemberConstraintAnalyzer() : AtlasAnalyzer(
    DiagnosticDescriptors.PatternMismatch,
    DiagnosticDescriptors.UnknownValue,
    DiagnosticDescriptors.OutOfRange,
    DiagnosticDescriptors.LengthOutOfRange,
    DiagnosticDescriptors.RoleInWrongScope)
{
    private protected override void Register(CompilationStartAnalysisContext start, ConstraintCache cache)
    {
        start.RegisterOperationAction(c => AnalyzeArgument(c, cache), OperationKind.Argument);
        start.RegisterOperationAction(c => AnalyzeAssignment(c, cache), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c => AnalyzeMemberInitializer(c, cache), OperationKind.MemberInitializer);
        start.RegisterOperationAction(c => AnalyzePropertyInitializer(c, cache), OperationKind.PropertyInitializer);
        start.RegisterOperationAction(c => AnalyzeFieldInitializer(c, cache), OperationKind.FieldInitializer);
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, ConstraintCache cache)
    {
        var argument = (IArgumentOperation)context.Operation;
        // Omitted optional arguments (DefaultValue) hold the generator's own defaults; params arrays hold no single value.
        if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter is { } parameter)
        {
            CheckValue(context, cache, parameter, argument.Value);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, ConstraintCache cache)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IMemberReferenceOperation { Member: { } member })
        {
            CheckValue(context, cache, member, assignment.Value);
        }
    }

    // `new View { Tags = { "a", "b" } }` adds to the existing collection without assigning it.
    private static void AnalyzeMemberInitializer(OperationAnalysisContext context, ConstraintCache cache)
    {
        var initializer = (IMemberInitializerOperation)context.Operation;
        if (initializer.InitializedMember is IMemberReferenceOperation { Member: { } member })
        {
            CheckElements(context, cache, member, initializer.Initializer);
        }
    }

    private static void AnalyzePropertyInitializer(OperationAnalysisContext context, ConstraintCache cache)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        foreach (var property in initializer.InitializedProperties)
        {
            CheckValue(context, cache, property, initializer.Value);
        }
    }

    private static void AnalyzeFieldInitializer(OperationAnalysisContext context, ConstraintCache cache)
    {
        var initializer = (IFieldInitializerOperation)context.Operation;
        foreach (var field in initializer.InitializedFields)
        {
            CheckValue(context, cache, field, initializer.Value);
        }
    }

    private static void CheckValue(OperationAnalysisContext context, ConstraintCache cache, ISymbol member, IOperation value)
    {
        // Most values are not constants: test that before touching the member's attributes.
        if (Constants.TryGet(value, out var constant))
        {
            if (constant is null)
            {
                return;
            }

            var constraints = cache.ForMember(member);
            if (!constraints.IsEmpty)
            {
                ConstantChecks.Check(Constants.Origin(value), constant, constraints, member.Name, context.ReportDiagnostic);
            }

            return;
        }

        CheckElements(context, cache, member, value);
    }

    private static void CheckElements(OperationAnalysisContext context, ConstraintCache cache, ISymbol member, IOperation collection)
    {
        MemberConstraints? constraints = null;
        foreach (var element in CollectionElements.Of(collection))
        {
            if (!Constants.TryGet(element, out var constant) || constant is null)
            {
                continue;
            }

            constraints ??= cache.ForMember(member);
            if (constraints.IsEmpty)
            {
                return;
            }

            ConstantChecks.Check(Constants.Origin(element), constant, constraints, member.Name, context.ReportDiagnostic);
        }
    }
}

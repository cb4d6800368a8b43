using AtlasGen.Analyzers.Checks;
using AtlasGen.Analyzers.Metadata;
using AtlasGen.Analyzers.Naming;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AtlasGen.Analyzers;

/// <summary>
/// Checks constant strings turned into a generated enum struct: <c>new OrgRole("…")</c>, <c>OrgRole.Parse("…")</c>
/// and the implicit conversion from string (assignments, arguments and collection items alike). The fix names the
/// nearest known value's static member. <c>FromValue</c> is not checked: it is the explicit way to send a value the
/// spec doesn't list yet (a newer server's), so a warning there would only be noise.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnumValueAnalyzer() : AtlasAnalyzer(DiagnosticDescriptors.UnknownValue, DiagnosticDescriptors.RoleInWrongScope)
{
    private protected override void Register(CompilationStartAnalysisContext start, ConstraintCache cache)
    {
        start.RegisterOperationAction(c => AnalyzeConversion(c, cache), OperationKind.Conversion);
        start.RegisterOperationAction(c => AnalyzeObjectCreation(c, cache), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => AnalyzeInvocation(c, cache), OperationKind.Invocation);
    }

    private static void AnalyzeConversion(OperationAnalysisContext context, ConstraintCache cache)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.OperatorMethod is not { } op || !IsFromString(op))
        {
            return;
        }
        // An explicit cast is replaced as a whole; an implicit conversion has only its operand in the source.
        var replace = conversion.IsImplicit ? conversion.Operand : conversion;
        Check(context, cache, op.ContainingType, conversion.Operand, replace);
    }

    private static void AnalyzeObjectCreation(OperationAnalysisContext context, ConstraintCache cache)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is { } constructor && TakesOneString(constructor) && creation.Arguments.Length == 1)
        {
            Check(context, cache, constructor.ContainingType, creation.Arguments[0].Value, creation);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ConstraintCache cache)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.IsStatic && method.Name is "Parse" && TakesOneString(method)
            && SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType)
            && invocation.Arguments.Length == 1)
        {
            Check(context, cache, method.ContainingType, invocation.Arguments[0].Value, invocation);
        }
    }

    private static void Check(OperationAnalysisContext context, ConstraintCache cache, INamedTypeSymbol enumType,
        IOperation value, IOperation replace)
    {
        if (!Constants.TryGetString(value, out var text) || cache.ForEnum(enumType) is not { } constraints)
        {
            return;
        }

        var location = Constants.Origin(value).Syntax.GetLocation();
        var diagnostic = KnownValueCheck.Check(text, constraints, enumType.Name, location, replace.Syntax.GetLocation(),
            known => EnumMemberNaming.FindMember(enumType, known, constraints.AllowedValues) is { } member
                ? (enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member, enumType.Name + "." + member)
                : null);
        if (diagnostic is not null)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static bool IsFromString(IMethodSymbol op) =>
        op.MethodKind == MethodKind.Conversion && TakesOneString(op)
        && SymbolEqualityComparer.Default.Equals(op.ReturnType, op.ContainingType);

    private static bool TakesOneString(IMethodSymbol method) =>
        method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String;
}

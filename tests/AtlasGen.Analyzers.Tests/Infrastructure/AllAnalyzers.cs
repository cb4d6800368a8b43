using Microsoft.CodeAnalysis.Diagnostics;

namespace AtlasGen.Analyzers.Tests.Infrastructure;

internal static class AllAnalyzers
{
    /// <summary>Every test runs every analyzer, so a case also proves no other rule fires by accident.</summary>
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new MemberConstraintAnalyzer(),
        new EnumValueAnalyzer(),
        new DeprecatedOperationAnalyzer(),
    ];
}

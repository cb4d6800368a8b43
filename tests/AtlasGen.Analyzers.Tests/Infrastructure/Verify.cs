using AtlasGen.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AtlasGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs user code against the hand-written stand-in for the generated client.</summary>
internal static class Verify
{
    // The additional location only tells the code fix which node to replace; the fix tests check that by its output.
    public static DiagnosticResult Diagnostic(string id) =>
        new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>The diagnostic <paramref name="id"/> at the markup <c>{|#location:…|}</c>, with its message arguments.</summary>
    public static DiagnosticResult Diagnostic(string id, int location, params object[] arguments) =>
        Diagnostic(id).WithLocation(location).WithArguments(arguments);

    /// <summary>
    /// The file most tests need around the user code they are about: <paramref name="members"/> inside <c>class C</c>,
    /// in a file that imports the generated namespace. The members start on line 4, indented by four spaces.
    /// </summary>
    public static string InClass(string members) =>
        "using AtlasGen.Atlas;\nclass C\n{\n" + string.Join("\n", members.Split('\n').Select(line => line.Length == 0 ? line : "    " + line)) + "\n}";

    /// <summary><see cref="AnalyzerAsync"/> for <paramref name="members"/> in <see cref="InClass"/>.</summary>
    public static Task MembersAsync(string members, params DiagnosticResult[] expected) => AnalyzerAsync(InClass(members), expected);

    /// <summary><see cref="CodeFixAsync"/> for <paramref name="members"/> in <see cref="InClass"/>, fixed to <paramref name="fixedMembers"/>.</summary>
    public static Task MembersCodeFixAsync(string members, DiagnosticResult[] expected, string fixedMembers) =>
        CodeFixAsync(InClass(members), expected, InClass(fixedMembers));

    /// <summary><see cref="NoCodeFixAsync"/> for <paramref name="members"/> in <see cref="InClass"/>.</summary>
    public static Task MembersNoCodeFixAsync(string members, DiagnosticResult expected) => NoCodeFixAsync(InClass(members), expected);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        Configure(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Checks the fix's exact output. Diagnostics left in the fixed code (an ATLAS002 without a fix, say)
    /// go in <paramref name="remaining"/>.
    /// </summary>
    public static Task CodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource, params DiagnosticResult[] remaining)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = fixedSource };
        Configure(test.TestState);
        Configure(test.FixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }

    /// <summary>Checks that the code fix offers nothing for <paramref name="expected"/>: the code stays as it is, and so does the diagnostic.</summary>
    public static Task NoCodeFixAsync(string source, DiagnosticResult expected) => CodeFixAsync(source, [expected], source, expected);

    private static void Configure(SolutionState state)
    {
        state.Sources.Add(("Generated/AtlasClient.g.cs", GeneratedClient.Source));
        state.ReferenceAssemblies = TestReferences.ReferenceAssemblies;
        state.AdditionalReferences.AddRange(TestReferences.Framework);
        state.AdditionalReferences.Add(TestReferences.Runtime);
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<MemberConstraintAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers.Create();
    }

    private sealed class CodeFixTest : CSharpCodeFixTest<EnumValueAnalyzer, UseKnownValueCodeFixProvider, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers.Create();
    }
}

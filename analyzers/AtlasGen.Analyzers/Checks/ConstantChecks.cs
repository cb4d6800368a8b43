using AtlasGen.Analyzers.Metadata;

namespace AtlasGen.Analyzers.Checks;

/// <summary>
/// ATLAS001–ATLAS004 and ATLAS006 for one constant given to a constrained parameter, property or field.
/// </summary>
internal static class ConstantChecks
{
    public static void Check(IOperation constantOrigin, object value, MemberConstraints constraints, string memberName,
        Action<Diagnostic> report)
    {
        var location = constantOrigin.Syntax.GetLocation();
        if (value is string text)
        {
            CheckString(text, constraints, memberName, location, report);
        }
        else if (NumericConstant.TryGetDouble(value, out var number))
        {
            CheckNumber(value, number, constraints, memberName, location, report);
        }
    }

    private static void CheckString(string text, MemberConstraints constraints, string memberName, Location location,
        Action<Diagnostic> report)
    {
        if (constraints.Pattern is { } pattern && PatternMatcher.IsMatch(pattern, text) == false)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.PatternMismatch, location, MessageText.Shorten(text), pattern, memberName));
        }

        if (constraints.Length is { } length && !length.Contains(text.Length))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.LengthOutOfRange, location, MessageText.Shorten(text), text.Length, memberName, length.ToString()));
        }

        // The fix replaces the constant with the literal of the nearest known value.
        if (KnownValueCheck.Check(text, constraints, memberName, location, location, StringLiteralFix) is { } diagnostic)
        {
            report(diagnostic);
        }
    }

    private static void CheckNumber(object value, double number, MemberConstraints constraints, string memberName,
        Location location, Action<Diagnostic> report)
    {
        if (constraints.Range is { } range && !range.Contains(number))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.OutOfRange, location, MessageText.Number(value), range.ToString(), memberName));
        }

        // Numeric enums list their values as strings; a fix would have to guess the numeric type, so none is offered.
        if (KnownValueCheck.Check(MessageText.Number(value), constraints, memberName, location, location, NoFix) is { } diagnostic)
        {
            report(diagnostic);
        }
    }

    private static (string, string)? StringLiteralFix(string knownValue)
    {
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(knownValue, quote: true);
        return (literal, literal);
    }

    private static (string, string)? NoFix(string knownValue) => null;
}

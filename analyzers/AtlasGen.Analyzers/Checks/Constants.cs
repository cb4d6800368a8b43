using Microsoft.CodeAnalysis.Operations;

namespace AtlasGen.Analyzers.Checks;

/// <summary>Finds the compile-time constant behind a value, if there is one.</summary>
internal static class Constants
{
    /// <summary>
    /// The constant value of <paramref name="operation"/>, looking through built-in conversions that drop it
    /// (an int constant passed as <c>int?</c> is not itself a constant). User-defined conversions are not looked
    /// through: those are the enum structs' own, checked by the enum analyzer.
    /// </summary>
    public static bool TryGet(IOperation operation, out object? value)
    {
        var current = operation;
        while (true)
        {
            var constant = current.ConstantValue;
            if (constant.HasValue)
            {
                value = constant.Value;
                return true;
            }

            if (current is IConversionOperation { OperatorMethod: null } conversion)
            {
                current = conversion.Operand;
                continue;
            }

            value = null;
            return false;
        }
    }

    /// <summary>A non-null constant string behind <paramref name="operation"/>.</summary>
    public static bool TryGetString(IOperation operation, out string value)
    {
        if (TryGet(operation, out var constant) && constant is string text)
        {
            value = text;
            return true;
        }

        value = "";
        return false;
    }

    /// <summary>The syntax a diagnostic about a constant should underline: the constant itself, not its conversion.</summary>
    public static IOperation Origin(IOperation operation)
    {
        var current = operation;
        while (current is IConversionOperation { IsImplicit: true, OperatorMethod: null } conversion)
        {
            current = conversion.Operand;
        }

        return current;
    }
}

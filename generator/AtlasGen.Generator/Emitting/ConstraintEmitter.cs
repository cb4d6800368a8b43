namespace AtlasGen.Generator.Emitting;

/// <summary>Writes a member's constraint attributes (read by the analyzers) and its run-time checks (run before a request is sent).</summary>
internal static class ConstraintEmitter
{
    public static string Attributes(Constraints constraints)
    {
        var parts = new List<string>();
        if (constraints.Pattern is { } pattern)
        {
            parts.Add(Attribute("AtlasPattern", TypeNames.Literal(pattern)));
        }

        if (constraints.HasLength)
        {
            parts.Add(Attribute(
                "AtlasLength",
                constraints.MinLength is { } minLength ? "MinLength = " + TypeNames.Integer(minLength) : null,
                constraints.MaxLength is { } maxLength ? "MaxLength = " + TypeNames.Integer(maxLength) : null));
        }

        if (constraints.HasRange)
        {
            parts.Add(Attribute(
                "AtlasRange",
                constraints.Minimum is { } minimum ? "Minimum = " + TypeNames.Number(minimum) : null,
                constraints.Maximum is { } maximum ? "Maximum = " + TypeNames.Number(maximum) : null,
                constraints.ExclusiveMinimum ? "ExclusiveMinimum = true" : null,
                constraints.ExclusiveMaximum ? "ExclusiveMaximum = true" : null));
        }

        if (constraints.AllowedNumbers.Count > 0)
        {
            parts.Add(Attribute("AtlasAllowedValues", constraints.AllowedNumbers.Select(TypeNames.Literal).ToArray()));
        }

        return string.Join(" ", parts);
    }

    /// <summary>A runtime constraint attribute with the arguments that are given (null ones are left out).</summary>
    private static string Attribute(string name, params string?[] arguments)
        => $"[global::AtlasGen.Runtime.{name}({string.Join(", ", arguments.Where(argument => argument is not null))})]";

    /// <summary>The statements that check <paramref name="expression"/>; only for strings and numbers.</summary>
    /// <param name="nameOf">A C# expression for the name the exception reports (a literal, or a path built at run time).</param>
    public static IEnumerable<string> Checks(Constraints constraints, TypeRef type, string expression, string nameOf)
    {
        if (type.Kind == TypeRefKind.String)
        {
            if (constraints.HasLength)
            {
                yield return $"global::AtlasGen.Runtime.AtlasArgument.Length({expression}, {TypeNames.Integer(constraints.MinLength ?? -1)}, {TypeNames.Integer(constraints.MaxLength ?? -1)}, {nameOf});";
            }

            if (constraints.Pattern is { } pattern)
            {
                yield return CharacterClassPattern.Parse(pattern) is { } simple
                    ? $"global::AtlasGen.Runtime.AtlasArgument.Pattern({expression}, {TypeNames.Literal(pattern)}, {CharacterSet(simple)}, {TypeNames.Integer(simple.MinCount)}, {(simple.MaxCount == int.MaxValue ? "int.MaxValue" : TypeNames.Integer(simple.MaxCount))}, {nameOf});"
                    : $"global::AtlasGen.Runtime.AtlasArgument.Pattern({expression}, {TypeNames.Literal(pattern)}, {nameOf});";
            }
        }
        else if (type.IsNumber && constraints.HasRange)
        {
            var min = constraints.Minimum is { } lo ? TypeNames.Number(lo) : "double.NaN";
            var max = constraints.Maximum is { } hi ? TypeNames.Number(hi) : "double.NaN";
            var exclusiveMin = constraints.ExclusiveMinimum ? "true" : "false";
            var exclusiveMax = constraints.ExclusiveMaximum ? "true" : "false";
            yield return $"global::AtlasGen.Runtime.AtlasArgument.Range({expression}, {min}, {max}, {exclusiveMin}, {exclusiveMax}, {nameOf});";
        }

        if (type.IsNumber && constraints.AllowedNumbers.Count > 0)
        {
            yield return $"global::AtlasGen.Runtime.AtlasArgument.OneOf({expression}, new double[] {{ {string.Join(", ", constraints.AllowedNumbers)} }}, {nameOf});";
        }
    }

    private static string CharacterSet(CharacterClassPattern pattern)
    {
        var categories = (pattern.Letters ? ", letters: true" : "") + (pattern.Numbers ? ", numbers: true" : "");
        return $"new global::AtlasGen.Runtime.AtlasCharacterSet({TypeNames.Literal(pattern.Ranges)}{categories})";
    }
}

using System.Collections.Generic;
using System.Linq;
using AtlasGen.Generator.Model;

namespace AtlasGen.Generator.Emitting;

/// <summary>Writes a member's constraint attributes (read by the analyzers) and its run-time checks (run before a request is sent).</summary>
internal static class ConstraintEmitter
{
    public static string Attributes(Constraints constraints)
    {
        var parts = new List<string>();
        if (constraints.Pattern is { } pattern)
        {
            parts.Add($"[global::AtlasGen.Runtime.AtlasPattern({TypeNames.Literal(pattern)})]");
        }

        if (constraints.HasLength)
        {
            var args = new List<string>();
            if (constraints.MinLength is { } min)
            {
                args.Add("MinLength = " + TypeNames.Integer(min));
            }

            if (constraints.MaxLength is { } max)
            {
                args.Add("MaxLength = " + TypeNames.Integer(max));
            }

            parts.Add($"[global::AtlasGen.Runtime.AtlasLength({string.Join(", ", args)})]");
        }

        if (constraints.HasRange)
        {
            var args = new List<string>();
            if (constraints.Minimum is { } min)
            {
                args.Add("Minimum = " + TypeNames.Number(min));
            }

            if (constraints.Maximum is { } max)
            {
                args.Add("Maximum = " + TypeNames.Number(max));
            }

            if (constraints.ExclusiveMinimum)
            {
                args.Add("ExclusiveMinimum = true");
            }

            if (constraints.ExclusiveMaximum)
            {
                args.Add("ExclusiveMaximum = true");
            }

            parts.Add($"[global::AtlasGen.Runtime.AtlasRange({string.Join(", ", args)})]");
        }

        if (constraints.AllowedNumbers.Count > 0)
        {
            parts.Add($"[global::AtlasGen.Runtime.AtlasAllowedValues({string.Join(", ", constraints.AllowedNumbers.Select(TypeNames.Literal))})]");
        }

        return string.Join(" ", parts);
    }

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

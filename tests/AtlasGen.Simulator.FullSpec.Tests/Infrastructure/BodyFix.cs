using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// Applies what the generated client's argument check says about a body value (<c>'x' does not match the pattern P.
/// (Parameter 'body.a.b')</c>, <c>The value must be one of 15, 30, 60. (Parameter 'body.c')</c>) to the body the
/// driver built: the rule comes from the client's metadata, so nested properties get valid values too.
/// </summary>
internal static class BodyFix
{
    private static readonly Regex s_pattern = new(@"does not match the pattern (?<pattern>.+)\. \(Parameter", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    private static readonly Regex s_oneOf = new(@"must be one of (?<values>[^.]+(\.\d+)?)\.", RegexOptions.CultureInvariant);

    public static bool TryApply(JsonNode body, ArgumentException error)
    {
        if (error.ParamName is not { } name || !name.StartsWith("body", StringComparison.Ordinal))
        {
            return false;
        }

        JsonNode? value = null;
        if (s_pattern.Match(error.Message) is { Success: true } pattern)
        {
            // No candidate satisfies the pattern: the property is left out (a 400 from the server if it was required).
            value = SampleValues.TryString(pattern.Groups["pattern"].Value, null, null, Array.Empty<string>()) is { } text ? JsonValue.Create(text) : null;
            if (value is null)
            {
                return Set(body, name.Split('.').Skip(1).ToArray(), null);
            }
        }
        else if (s_oneOf.Match(error.Message) is { Success: true } oneOf)
        {
            var first = oneOf.Groups["values"].Value.Split(',')[0].Trim();
            value = double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(first);
        }

        return value is not null && Set(body, name.Split('.').Skip(1).ToArray(), value);
    }

    /// <summary>Sets body.a[0].b (null removes it); an array step without an index is the first element.</summary>
    private static bool Set(JsonNode node, string[] path, JsonNode? value)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var step = path[i];
            var index = 0;
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                index = int.Parse(step[(bracket + 1)..step.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                step = step[..bracket];
            }

            if (node is JsonArray array)
            {
                node = array.Count > 0 ? array[0]! : node;
            }

            if (node is not JsonObject obj)
            {
                return false;
            }

            if (i == path.Length - 1 && bracket < 0)
            {
                if (value is null)
                {
                    return obj.Remove(step);
                }

                if (JsonNode.DeepEquals(obj[step], value))
                {
                    return false;
                }

                obj[step] = value.DeepClone();
                return true;
            }

            node = obj[step] is JsonArray list && list.Count > index ? list[index]! : obj[step]!;
            if (node is null)
            {
                return false;
            }
        }

        return false;
    }
}

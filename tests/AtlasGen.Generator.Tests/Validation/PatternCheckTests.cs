using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AtlasGen.Generator.Tests.Infrastructure;
using AtlasGen.Runtime;
using AtlasGen.Tests.Shared;
using Xunit;

namespace AtlasGen.Generator.Tests.Validation;

/// <summary>
/// A pattern of one character class repeated is checked without Regex (AtlasCharacterSet), any other through Regex: either
/// way the generated check must accept exactly what .NET's Regex accepts, which is what the spec's pattern means here.
/// </summary>
public sealed class PatternCheckTests
{
    /// <summary>Every shape of the Atlas specs' patterns, and the edges of the class syntax the generator reads.</summary>
    private static readonly string[] s_patterns =
    {
        "^([a-f0-9]{24})$",
        "^([0-9a-f]){40}$",
        "^([A-Z]{2})$",
        @"^[\p{L}\p{N}\-_.(),:&@+']{1,64}$",
        "^[-a-c]+$",
        "^[a-c-]*$",
        @"^[\]\\x]{0,3}$",
        "^[a-z]{2,}$",
        "^[0-9]?$",
        "^[^a-f]{2}$",
        "^([a-f]{2}){3}$",
        "^(ab|cd)$",
        "^[a-f0-9]{24}",
        @"^\d{3}$",
        "^([0-9]{1,3}\\.){3}[0-9]{1,3}$",
    };

    private static readonly string[] s_values =
    {
        "", "a", "Z", "AB", "ab", "ABC", "0123456789abcdef01234567", "0123456789abcdef0123456g", "0123456789ABCDEF01234567",
        "0123456789abcdef01234567\n", "0123456789abcdef01234567\n\n", "0123456789abcdef012345678", "0123456789abcdef0123456789abcdef01234567",
        "Projet élan (2024): A&B @home+", "名前-1", "١٢٣", "x y", "it's", "-", "a-c", "abc", "cab-", "]\\x", "]]]]", "\\", "ab\n", "cd",
        "abab", "ababab", "gg", "12", "123", "1234", "192.168.0.1", "٣٤٥", new string('a', 64), new string('a', 65), "a\r", "\n",
    };

    [Fact]
    public void Every_generated_pattern_check_accepts_exactly_what_Regex_accepts()
    {
        var run = GeneratorHarness.RunClean(Spec());
        using var client = LoadedClient.Load(run);
        var thing = Activator.CreateInstance(client.Type("Thing"))!;

        var disagreements = new List<string>();
        for (var i = 0; i < s_patterns.Length; i++)
        {
            var property = thing.GetType().GetProperty("P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
            foreach (var value in s_values)
            {
                property.SetValue(thing, value);
                var accepted = Validates(thing);
                property.SetValue(thing, null);
                var expected = Regex.IsMatch(value, s_patterns[i], RegexOptions.CultureInvariant);
                if (accepted != expected)
                {
                    disagreements.Add($"{s_patterns[i]} on {Escape(value)}: generated {(accepted ? "accepts" : "rejects")}, Regex {(expected ? "accepts" : "rejects")}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    [Fact]
    public void Only_patterns_of_one_repeated_class_leave_Regex_out()
    {
        var models = GeneratorHarness.Run(Spec()).Source("Models.g.cs");
        var withoutRegex = Enumerable.Range(0, s_patterns.Length)
            .Where(i => models.Contains($"AtlasArgument.Pattern(P{i}, {Literal(s_patterns[i])}, new global::AtlasGen.Runtime.AtlasCharacterSet(", StringComparison.Ordinal))
            .Select(i => s_patterns[i]);
        Assert.Equal(s_patterns.Take(9), withoutRegex);
    }

    private static bool Validates(object model)
    {
        try
        {
            ((IAtlasValidatable)model).Validate("body");
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Spec()
    {
        var spec = new StringBuilder(TestSpec.Header + """
            paths:
              /things:
                post:
                  operationId: createThing
                  tags: [Things]
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
                  responses:
                    '204': {description: none}
            components:
              schemas:
                Thing:
                  type: object
                  properties:

            """);
        for (var i = 0; i < s_patterns.Length; i++)
        {
            spec.Append("        P").Append(i).Append(": {type: string, pattern: '").Append(s_patterns[i].Replace("'", "''", StringComparison.Ordinal)).Append("'}\n");
        }

        return spec.ToString();
    }

    private static string Literal(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Escape(string value) => value.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}

using System.Text.RegularExpressions;
using AtlasGen.Simulator.Engine;
using AtlasGen.TestData;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Xunit.Abstractions;

namespace AtlasGen.Simulator.Tests.Engine;

/// <summary>The engine writes a value for a required string from its pattern when none of its common shapes fits.</summary>
public sealed class PatternSampleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(@"^[0-9]{12}$", null, "000000000000")]
    [InlineData(@"^vpc-[0-9a-f]{17}$", null, "vpc-aaaaaaaaaaaaaaaaa")]
    [InlineData(@"^([a-f0-9]{24})$", null, "aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData(@"^mdb_sa_id_[a-fA-F\d]{24}$", null, "mdb_sa_id_aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData(@"^[a-z][0-9a-z-]{4,28}[0-9a-z]{1}", null, "aaaaaa")]
    [InlineData(@"^[\p{L}\p{N}\-_.(),:&@+']{1,64}$", 5, "aaaaa")]
    [InlineData(@"^com\.amazonaws\.vpce\.[a-z-0-9]+\.vpce-svc-[0-9a-f]{17}|pls_[0-9a-f]{24}$", null, "com.amazonaws.vpce.a.vpce-svc-aaaaaaaaaaaaaaaaa")]
    [InlineData(@"^(?:(?<cn>CN=(?<name>[^,]*)),)?(?<domain>(?:DC=[^,]+,?)+)$", null, "DC=a")]
    [InlineData(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", null, "a@a.a")]
    public void A_pattern_gives_the_shortest_sample_of_its_first_branch(string pattern, int? minLength, string expected)
    {
        var sample = PatternSample.For(pattern, minLength);

        Assert.Equal(expected, sample);
        Assert.Matches(new Regex(pattern), sample);
    }

    [Theory]
    [InlineData(@"^((25[0-5]|(2[0-4]|1\d|[1-9]|)\d)(\.(?!$)|$)){4}$", null)]
    [InlineData(@"^(a)\1$", null)]
    [InlineData(@"^[0-9]{12}$", 11)]
    [InlineData(@"^a{3}b$", 3)]
    public void A_pattern_it_does_not_follow_or_a_length_it_cannot_keep_gives_null(string pattern, int? maxLength)
        => Assert.Null(PatternSample.For(pattern, maxLength: maxLength));

    /// <summary>
    /// Every pattern of the newest full spec without look-arounds or back-references gets a sample it matches, so a
    /// required string is never left out for want of a value.
    /// </summary>
    [PublishedSpecsFact]
    public void Every_plain_pattern_of_the_newest_full_spec_gets_a_sample()
    {
        var document = new OpenApiStringReader().Read(File.ReadAllText(Path.Combine(ExternalData.SpecsDirectory, ExternalData.NewestFullSpec)), out _);
        var patterns = PatternsOf(document).Distinct().ToList();
        var plain = patterns.Where(p => !Regex.IsMatch(p, @"\(\?(=|!|<=|<!)|\\[1-9]")).ToList();

        var missing = plain.Where(p => PatternSample.For(p) is null).ToList();
        output.WriteLine($"{patterns.Count} patterns, {plain.Count} without look-arounds or back-references, {missing.Count} without a sample");
        missing.ForEach(output.WriteLine);

        Assert.True(plain.Count >= 40, $"Only {plain.Count} patterns read from the spec.");
        Assert.Empty(missing);
    }

    private static IEnumerable<string> PatternsOf(OpenApiDocument document)
    {
        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        var schemas = new Stack<OpenApiSchema>(document.Components.Schemas.Values
            .Concat(document.Components.Parameters.Values.Select(p => p.Schema))
            .Concat(document.Paths.Values.SelectMany(path => path.Operations.Values).SelectMany(op => op.Parameters).Select(p => p.Schema))
            .Where(s => s is not null));
        while (schemas.TryPop(out var schema))
        {
            if (!seen.Add(schema))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(schema.Pattern))
            {
                yield return schema.Pattern;
            }

            foreach (var child in schema.Properties.Values.Concat(schema.AllOf).Concat(schema.OneOf).Concat(schema.AnyOf)
                .Append(schema.Items).Append(schema.AdditionalProperties).Where(s => s is not null))
            {
                schemas.Push(child);
            }
        }
    }
}

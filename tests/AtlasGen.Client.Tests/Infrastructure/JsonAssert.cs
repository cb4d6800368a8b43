using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace AtlasGen.Client.Tests.Infrastructure;

/// <summary>Compares JSON texts as parsed trees: property order and whitespace do not matter, names and values do.</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual!);
        if (!JsonNode.DeepEquals(expectedNode, actualNode))
        {
            throw EqualException.ForMismatchedValues(Normalize(expectedNode), Normalize(actualNode), "JSON differs");
        }
    }

    private static string Normalize(JsonNode? node) => node?.ToJsonString() ?? "null";
}

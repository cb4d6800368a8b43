using AtlasGen.Analyzers.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AtlasGen.Analyzers.Tests;

public class EnumMemberNamingTests
{
    [Theory]
    [InlineData("ORG_OWNER", "OrgOwner")]
    [InlineData("GROUP_DATA_ACCESS_ADMIN", "GroupDataAccessAdmin")]
    [InlineData("atlas.project.deployment.clusters", "AtlasProjectDeploymentClusters")]
    [InlineData("atlas.project.deployment.nodesPerPrivateLinkRegion", "AtlasProjectDeploymentNodesPerPrivateLinkRegion")]
    [InlineData("readWriteAnyDatabase", "ReadWriteAnyDatabase")]
    [InlineData("M10", "M10")]
    [InlineData("$external", "External")]
    [InlineData("APIKey", "ApiKey")]
    [InlineData("3.6", "V3_6")]
    [InlineData(".avro.gz", "AvroGz")]
    [InlineData("1000 requests", "V1000Requests")]
    [InlineData("<", "LessThan")]
    [InlineData("", "Empty")]
    public void ToPascalCase_MatchesTheGenerator(string value, string expected) =>
        Assert.Equal(expected, EnumMemberNaming.ToPascalCase(value));

    /// <summary>
    /// An enum struct with what the lookup must tell apart: a member named as the generator names the value, one named
    /// otherwise, two that differ only by separators, a generator's "2" suffix, an instance property and a static of another type.
    /// </summary>
    private static readonly INamedTypeSymbol s_enumStruct = Compile("""
        public struct E
        {
            public static E OrgOwner => default;
            public static E OrgOwner2 => default;
            public static E ORGMEMBER => default;
            public static E Dup1 => default;
            public static E DUP_1 => default;
            public E Instance => default;
            public static int NotTheEnum => 0;
        }
        """);

    [Theory]
    // The exact name is preferred.
    [InlineData("ORG_OWNER", new[] { "ORG_OWNER", "ORG_MEMBER" }, "OrgOwner")]
    // Else the one member whose letters and digits match, ignoring case and separators.
    [InlineData("ORG_MEMBER", new[] { "ORG_OWNER", "ORG_MEMBER" }, "ORGMEMBER")]
    // Else none: no member alike, an instance property, a static of another type.
    [InlineData("dup.1x", new[] { "ORG_OWNER", "ORG_MEMBER" }, null)]
    [InlineData("INSTANCE", new[] { "ORG_OWNER", "ORG_MEMBER" }, null)]
    [InlineData("not_the_enum", new[] { "ORG_OWNER", "ORG_MEMBER" }, null)]
    // Two values with one name: which member is which would be a guess, so none.
    [InlineData("orgOwner", new[] { "ORG_OWNER", "orgOwner" }, null)]
    [InlineData("ORG_OWNER", new[] { "ORG_OWNER", "orgOwner" }, null)]
    public void FindMember_PrefersTheExactName_FallsBackToOneUniqueLooseMatch_ElseNone(string value, string[] knownValues, string? expected) =>
        Assert.Equal(expected, EnumMemberNaming.FindMember(s_enumStruct, value, [.. knownValues]));

    private static INamedTypeSymbol Compile(string source)
    {
        var compilation = CSharpCompilation.Create("naming", [CSharpSyntaxTree.ParseText(source)]);
        return compilation.GetTypeByMetadataName("E")!;
    }
}

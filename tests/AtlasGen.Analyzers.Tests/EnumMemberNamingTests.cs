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

    [Fact]
    public void FindMember_PrefersTheExactName_FallsBackToOneUniqueLooseMatch_ElseNone()
    {
        var type = Compile("""
            public struct E
            {
                public static E OrgOwner => default;
                public static E ORGMEMBER => default;
                public static E Dup1 => default;
                public static E DUP_1 => default;
                public E Instance => default;
                public static int NotTheEnum => 0;
            }
            """);
        string[] known = ["ORG_OWNER", "ORG_MEMBER"];
        Assert.Equal("OrgOwner", EnumMemberNaming.FindMember(type, "ORG_OWNER", [.. known]));
        Assert.Equal("ORGMEMBER", EnumMemberNaming.FindMember(type, "ORG_MEMBER", [.. known]));
        Assert.Null(EnumMemberNaming.FindMember(type, "dup.1x", [.. known]));
        Assert.Null(EnumMemberNaming.FindMember(type, "INSTANCE", [.. known]));
        Assert.Null(EnumMemberNaming.FindMember(type, "not_the_enum", [.. known]));
    }

    [Fact]
    public void FindMember_TwoValuesWithOneName_IsNoMember()
    {
        var type = Compile("""
            public struct E
            {
                public static E OrgOwner => default;
                public static E OrgOwner2 => default;
            }
            """);
        Assert.Null(EnumMemberNaming.FindMember(type, "orgOwner", ["ORG_OWNER", "orgOwner"]));
        Assert.Null(EnumMemberNaming.FindMember(type, "ORG_OWNER", ["ORG_OWNER", "orgOwner"]));
    }

    private static INamedTypeSymbol Compile(string source)
    {
        var compilation = CSharpCompilation.Create("naming", [CSharpSyntaxTree.ParseText(source)]);
        return compilation.GetTypeByMetadataName("E")!;
    }
}

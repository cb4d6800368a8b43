using AtlasGen.Analyzers.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

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
    [InlineData("", "")]
    public void ToPascalCase(string value, string expected) => Assert.Equal(expected, EnumMemberNaming.ToPascalCase(value));

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
        Assert.Equal("OrgOwner", EnumMemberNaming.FindMember(type, "ORG_OWNER"));
        Assert.Equal("ORGMEMBER", EnumMemberNaming.FindMember(type, "ORG_MEMBER"));
        Assert.Null(EnumMemberNaming.FindMember(type, "dup.1x"));
        Assert.Null(EnumMemberNaming.FindMember(type, "INSTANCE"));
        Assert.Null(EnumMemberNaming.FindMember(type, "not_the_enum"));
    }

    private static INamedTypeSymbol Compile(string source)
    {
        var compilation = CSharpCompilation.Create("naming", [CSharpSyntaxTree.ParseText(source)]);
        return compilation.GetTypeByMetadataName("E")!;
    }
}

using AtlasGen.Analyzers.Checks;

namespace AtlasGen.Analyzers.Tests;

public class RoleScopeTests
{
    [Theory]
    [InlineData("ORG_OWNER", new[] { "GROUP_OWNER", "GROUP_READ_ONLY" }, "organization (ORG_*)", "project (GROUP_*)")]
    [InlineData("GROUP_OWNER", new[] { "ORG_OWNER" }, "project (GROUP_*)", "organization (ORG_*)")]
    public void OtherScope_IsNamed(string value, string[] known, string valueScope, string allowedScope)
    {
        Assert.True(RoleScope.IsOtherScope(value, [.. known], out var actualValueScope, out var actualAllowedScope));
        Assert.Equal(valueScope, actualValueScope);
        Assert.Equal(allowedScope, actualAllowedScope);
    }

    [Theory]
    [InlineData("GROUP_OWNR", new[] { "GROUP_OWNER" })] // same scope: a typo
    [InlineData("ORG_OWNER", new[] { "GROUP_OWNER", "ORG_MEMBER" })] // mixed list: no single scope
    [InlineData("ORG_OWNER", new[] { "READ", "WRITE" })] // not roles
    [InlineData("org_owner", new[] { "GROUP_OWNER" })] // prefixes are case-sensitive, as Atlas is
    [InlineData("ORG_OWNER", new string[0])]
    public void NotOtherScope(string value, string[] known) =>
        Assert.False(RoleScope.IsOtherScope(value, [.. known], out _, out _));
}

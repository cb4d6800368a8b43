namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS004: a constant string whose length is outside [AtlasLength].</summary>
public class LengthRuleTests
{
    private static readonly string Chars251 = new('d', 251);
    private static readonly string Chars250 = new('d', 250);

    [Fact]
    public Task EmptyDescription_IsReported() => Verify.MembersAsync("""
        void M() => _ = new ApiCreateApiKeyView { Desc = {|#0:""|} };
        """,
        Verify.Diagnostic("ATLAS004", 0, "", 0, "Desc", "1 to 250"));

    [Fact]
    public Task DescriptionOf251_IsReported_WithTheValueShortened() => Verify.MembersAsync($$"""
        void M(ApiCreateApiKeyView view) => view.Desc = {|#0:"{{Chars251}}"|};
        """,
        Verify.Diagnostic("ATLAS004", 0, new string('d', 61) + "...", 251, "Desc", "1 to 250"));

    [Fact]
    public Task ProjectNameOf65_IsReported() => Verify.MembersAsync($$"""
        void M() => _ = new ApiAtlasGroupView { Name = {|#0:"{{new string('p', 65)}}"|} };
        """,
        Verify.Diagnostic("ATLAS004", 0, new string('p', 61) + "...", 65, "Name", "1 to 64"));

    [Fact]
    public Task Boundaries_AreAllowed() => Verify.MembersAsync($$"""
        void M()
        {
            _ = new ApiCreateApiKeyView { Desc = "{{Chars250}}" };
            _ = new ApiCreateApiKeyView { Desc = "d" };
            _ = new ApiAtlasGroupView { Name = "{{new string('p', 64)}}" };
        }
        """);

    [Fact]
    public Task NonConstantStrings_AreNotReported() => Verify.MembersAsync("""
        void M(string text)
        {
            _ = new ApiCreateApiKeyView { Desc = text };
            _ = new ApiAtlasGroupView { Name = string.Empty };
            _ = new ApiAtlasGroupView { Name = text + text };
        }
        """);
}

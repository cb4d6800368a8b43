namespace AtlasGen.Client.Tests;

public class Smoke
{
    [Xunit.Fact]
    public void Compiles() => Xunit.Assert.NotNull(typeof(global::AtlasGen.Atlas.AtlasClient));
}

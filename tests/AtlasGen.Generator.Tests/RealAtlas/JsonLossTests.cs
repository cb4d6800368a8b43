using System.Text.Json;
using AtlasGen.TestData;

namespace AtlasGen.Generator.Tests.RealAtlas;

/// <summary>What counts as losing a recorded property when a value is written back.</summary>
public sealed class JsonLossTests
{
    private static string[] Losses(string recorded, string written)
    {
        using var a = JsonDocument.Parse(recorded);
        using var b = JsonDocument.Parse(written);
        return [.. JsonLoss.Find(a.RootElement, b.RootElement)];
    }

    [Fact]
    public void Dates_and_numbers_compare_by_value_and_order_does_not_matter()
        => Assert.Empty(Losses(
            """{"created":"2026-08-10T03:02:39Z","count":1.0,"ok":true,"name":"x"}""",
            """{"name":"x","ok":true,"count":1,"created":"2026-08-10T03:02:39+00:00"}"""));

    [Fact]
    public void A_missing_nested_property_is_lost_with_its_path()
        => Assert.Equal(
            ["$.results[1].tags (lost)"],
            Losses("""{"results":[{"id":"a"},{"id":"b","tags":[]}]}""", """{"results":[{"id":"a"},{"id":"b"}]}"""));

    [Fact]
    public void A_changed_value_a_shorter_array_and_another_kind_are_losses()
    {
        Assert.Single(Losses("""{"n":"3.6"}""", """{"n":"3.60"}"""));
        Assert.Single(Losses("""{"a":[1,2]}""", """{"a":[1]}"""));
        Assert.Single(Losses("""{"a":[1]}""", """{"a":{"0":1}}"""));
        Assert.Single(Losses("""{"d":"2026-08-10"}""", """{"d":"2026-08-11"}"""));
    }

    [Fact]
    public void A_recorded_null_may_come_back_absent_and_added_properties_are_no_loss()
        => Assert.Empty(Losses("""{"a":null,"b":1}""", """{"b":1,"c":2}"""));
}

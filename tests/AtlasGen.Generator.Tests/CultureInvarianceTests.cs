using System.Globalization;

namespace AtlasGen.Generator.Tests;

/// <summary>
/// What the generator emits doesn't depend on the build machine's culture: sv-SE writes minus as U+2212 and
/// ar-SA adds a direction mark, either of which would make a negative number in generated code not compile.
/// </summary>
public sealed class CultureInvarianceTests
{
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("ar-SA")]
    public void Generation_under_a_culture_is_the_invariant_output_and_compiles(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        // The premise: this culture really formats -1 differently, so the test would catch culture-sensitive emitting.
        Assert.NotEqual("-1", (-1).ToString(culture));

        var invariant = RunUnder(CultureInfo.InvariantCulture);
        var localized = RunUnder(culture);

        localized.AssertCleanRun();
        Assert.Equal(invariant.Sources.Select(s => s.HintName), localized.Sources.Select(s => s.HintName));
        foreach (var (expected, actual) in invariant.Sources.Zip(localized.Sources))
        {
            Assert.True(expected.SourceText.ToString() == actual.SourceText.ToString(), $"{actual.HintName} differs under {cultureName}");
        }
    }

    private static GeneratorRun RunUnder(CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec(), "spec/atlas-admin-v2.yaml");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}

using System.Globalization;

namespace AtlasGen.Analyzers.Checks;

/// <summary>How constants appear in diagnostic messages.</summary>
internal static class MessageText
{
    private const int MaxShown = 64;

    /// <summary>The string as written, cut short when it is long (a 300-character description helps no one).</summary>
    public static string Shorten(string value) =>
        value.Length <= MaxShown ? value : value.Substring(0, MaxShown - 3) + "...";

    /// <summary>A number in the invariant culture, as C# source would spell it.</summary>
    public static string Number(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

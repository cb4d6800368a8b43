namespace AtlasGen.Analyzers.Checks;

/// <summary>Recognizes the numeric constants that [AtlasRange] and numeric [AtlasAllowedValues] apply to.</summary>
internal static class NumericConstant
{
    public static bool TryGetDouble(object value, out double number)
    {
        switch (value)
        {
            case int v: number = v; return true;
            case long v: number = v; return true;
            case short v: number = v; return true;
            case sbyte v: number = v; return true;
            case byte v: number = v; return true;
            case ushort v: number = v; return true;
            case uint v: number = v; return true;
            case ulong v: number = v; return true;
            case float v: number = v; return true;
            case double v: number = v; return true;
            case decimal v: number = (double)v; return true;
            default: number = 0; return false;
        }
    }
}

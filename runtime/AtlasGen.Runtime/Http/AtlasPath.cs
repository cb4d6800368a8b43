namespace AtlasGen.Runtime;

/// <summary>Escapes path parameters for generated clients.</summary>
public static class AtlasPath
{
    /// <summary>
    /// Escapes a value whose spec pattern writes "/" as <c>%2F</c> (Atlas's CIDR access-list entries): callers may pass
    /// either form, so an encoded slash is decoded first and escaped once, never twice (<c>%252F</c>).
    /// </summary>
    public static string EscapeWithEncodedSlashes(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.EscapeDataString(value.Replace("%2F", "/").Replace("%2f", "/"));
    }
}

namespace AtlasGen.Analyzers.Metadata;

/// <summary>The runtime types the analyzers read, looked up once per compilation.</summary>
internal sealed class AtlasSymbols(
    INamedTypeSymbol pattern, INamedTypeSymbol allowedValues, INamedTypeSymbol range, INamedTypeSymbol length, INamedTypeSymbol operation, INamedTypeSymbol atlasEnum)
{
    public INamedTypeSymbol Pattern { get; } = pattern;
    public INamedTypeSymbol AllowedValues { get; } = allowedValues;
    public INamedTypeSymbol Range { get; } = range;
    public INamedTypeSymbol Length { get; } = length;
    public INamedTypeSymbol Operation { get; } = operation;

    /// <summary><c>IAtlasEnum&lt;TSelf&gt;</c>, unconstructed.</summary>
    public INamedTypeSymbol AtlasEnum { get; } = atlasEnum;

    /// <summary>Null when the compilation does not reference AtlasGen.Runtime: then there is nothing to check.</summary>
    public static AtlasSymbols? TryCreate(Compilation compilation)
    {
        var pattern = compilation.GetTypeByMetadataName("AtlasGen.Runtime.AtlasPatternAttribute");
        var allowed = compilation.GetTypeByMetadataName("AtlasGen.Runtime.AtlasAllowedValuesAttribute");
        var range = compilation.GetTypeByMetadataName("AtlasGen.Runtime.AtlasRangeAttribute");
        var length = compilation.GetTypeByMetadataName("AtlasGen.Runtime.AtlasLengthAttribute");
        var operation = compilation.GetTypeByMetadataName("AtlasGen.Runtime.AtlasOperationAttribute");
        var atlasEnum = compilation.GetTypeByMetadataName("AtlasGen.Runtime.IAtlasEnum`1");
        return pattern is null || allowed is null || range is null || length is null || operation is null || atlasEnum is null
            ? null
            : new AtlasSymbols(pattern, allowed, range, length, operation, atlasEnum);
    }
}

namespace AtlasGen.Analyzers.Metadata;

/// <summary>What [AtlasOperation] says about a generated method's deprecation.</summary>
internal sealed class OperationInfo(string operationId, bool deprecated, string? sunset)
{
    public string OperationId { get; } = operationId;
    public bool Deprecated { get; } = deprecated;
    public string? Sunset { get; } = sunset;

    /// <summary>Null unless the method carries [AtlasOperation] with Deprecated = true or a Sunset date.</summary>
    public static OperationInfo? Read(IMethodSymbol method, AtlasSymbols symbols)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Operation))
            {
                continue;
            }

            var deprecated = AttributeArguments.NamedBool(attribute, "Deprecated");
            var sunset = NamedString(attribute, "Sunset");
            if (!deprecated && string.IsNullOrEmpty(sunset))
            {
                return null;
            }

            return new OperationInfo(AttributeArguments.FirstString(attribute) ?? method.Name, deprecated, sunset);
        }

        return null;
    }

    private static string? NamedString(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Value as string;
            }
        }

        return null;
    }
}

namespace AtlasGen.Generator.Parsing;

/// <summary>
/// The query parameters Atlas gives the same meaning on every operation, recognised by name and type: the one place
/// that knows them. Emitters read the <see cref="ParameterRole"/> this decides.
/// </summary>
internal static class AtlasConventions
{
    public static ParameterRole RoleOf(string name, ParameterLocation location, TypeRef type)
    {
        if (location != ParameterLocation.Query)
        {
            return ParameterRole.None;
        }

        var isInteger = type.Kind is TypeRefKind.Int32 or TypeRefKind.Int64;
        var isBoolean = type.Kind == TypeRefKind.Boolean;
        return name switch
        {
            "pageNum" when isInteger => ParameterRole.PageNum,
            "itemsPerPage" when isInteger => ParameterRole.ItemsPerPage,
            "includeCount" when isBoolean => ParameterRole.IncludeCount,
            "envelope" when isBoolean => ParameterRole.Envelope,
            _ => ParameterRole.None,
        };
    }
}

namespace AtlasGen.Generator.Emitting;

/// <summary>All the files of one spec, with deterministic hint names that two specs in one project can't share.</summary>
internal static class ApiEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ApiModel api)
    {
        var index = new ModelIndex(api);
        var prefix = api.Namespace + "." + api.ClientName;
        // A file with no type would be an empty namespace: such a file is not emitted.
        if (api.Types.Any(t => t is ObjectModel))
        {
            yield return (prefix + ".Models.g.cs", ModelEmitter.Emit(api, index));
        }

        if (api.Types.Any(t => t is EnumModel))
        {
            yield return (prefix + ".Enums.g.cs", EnumEmitter.Emit(api));
        }

        if (api.Types.Any(t => t is UnionModel))
        {
            yield return (prefix + ".Unions.g.cs", UnionEmitter.Emit(api));
        }

        yield return (prefix + ".JsonContext.g.cs", JsonContextEmitter.Emit(api, index, server: false));
        if (api.EmitServerContext)
        {
            yield return (prefix + ".ServerJsonContext.g.cs", JsonContextEmitter.Emit(api, index, server: true));
        }

        if (api.EmitSimulatorBindings)
        {
            yield return (prefix + ".SimulatorSpec.g.cs", ServerRouteEmitter.Emit(api, index));
        }

        foreach (var tag in api.Tags)
        {
            yield return (prefix + "." + tag.ClassName + ".g.cs", ClientEmitter.Emit(api, tag, index));
        }

        yield return (prefix + ".g.cs", RootClientEmitter.Emit(api));
        yield return (prefix + ".ServiceCollectionExtensions.g.cs", ServiceCollectionEmitter.Emit(api));
    }
}

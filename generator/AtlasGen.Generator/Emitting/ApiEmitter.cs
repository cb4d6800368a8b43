using System.Collections.Generic;
using AtlasGen.Generator.Model;

namespace AtlasGen.Generator.Emitting;

/// <summary>All the files of one spec, with deterministic hint names that two specs in one project can't share.</summary>
internal static class ApiEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ApiModel api)
    {
        var index = new ModelIndex(api);
        var prefix = api.Namespace + "." + api.ClientName;
        yield return (prefix + ".Models.g.cs", ModelEmitter.Emit(api, index));
        yield return (prefix + ".Enums.g.cs", EnumEmitter.Emit(api));
        yield return (prefix + ".Unions.g.cs", UnionEmitter.Emit(api));
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

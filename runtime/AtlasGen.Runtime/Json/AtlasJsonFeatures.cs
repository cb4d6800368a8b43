using System.Diagnostics.CodeAnalysis;

namespace AtlasGen.Runtime;

/// <summary>Trimming feature switches of the generated JSON metadata.</summary>
public static class AtlasJsonFeatures
{
    /// <summary>The name of the switch behind <see cref="ResolvesEveryType"/>.</summary>
    public const string ResolvesEveryTypeSwitch = "AtlasGen.Json.ResolvesEveryType";

    /// <summary>
    /// True (the default): a generated context's options resolve every type of the spec, as a JsonSerializerContext
    /// does. False: they resolve the types the app has reached (through the context's accessors, its
    /// <c>GetTypeInfo(Type)</c>, and the types those refer to), so NativeAOT keeps only their metadata. The AtlasGen
    /// package sets it to false in a project with <c>PublishAot</c> or <c>PublishTrimmed</c> (MSBuild property
    /// <c>AtlasGenJsonResolvesEveryType</c>); the trimmer then removes the code of the other types.
    /// </summary>
    [FeatureSwitchDefinition(ResolvesEveryTypeSwitch)]
    public static bool ResolvesEveryType => !AppContext.TryGetSwitch(ResolvesEveryTypeSwitch, out var enabled) || enabled;
}

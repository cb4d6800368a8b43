namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// This project sets JsonSerializerIsReflectionEnabledByDefault=false, so every test here proves the generated
/// metadata suffices, as it must in a trimmed or NativeAOT app.
/// </summary>
public sealed class ReflectionDisabledTests
{
    [Fact]
    public void Reflection_based_serialization_is_off_in_this_process()
    {
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
    }

    [Fact]
    public void Options_without_a_resolver_cannot_describe_a_model()
    {
        // With reflection on, these options would fall back to the reflection resolver; off, only the generated contexts know types.
        Assert.Throws<NotSupportedException>(() => new JsonSerializerOptions().GetTypeInfo(typeof(Group)));
        Assert.NotNull(AtlasClientJsonContext.Default.GetTypeInfo(typeof(Group)));
    }
}

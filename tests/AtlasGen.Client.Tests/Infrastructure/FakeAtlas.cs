namespace AtlasGen.Client.Tests.Infrastructure;

/// <summary>Builds the generated client over a <see cref="RecordingHandler"/>, as a user with their own HttpClient would.</summary>
internal static class FakeAtlas
{
    public static readonly Uri BaseAddress = new("https://cloud.mongodb.com");

    public static AtlasClient Client(RecordingHandler handler)
        => new(new HttpClient(handler) { BaseAddress = BaseAddress });
}

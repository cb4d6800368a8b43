namespace AtlasGen.Client.Tests.Infrastructure;

/// <summary>Builds the generated client over a <see cref="RecordingHandler"/>, as a user with their own HttpClient would.</summary>
internal static class FakeAtlas
{
    public static readonly Uri BaseAddress = new("https://cloud.mongodb.com");

    public static AtlasClient Client(RecordingHandler handler)
        => new(new HttpClient(handler) { BaseAddress = BaseAddress });

    /// <summary>The client over a new handler that answers with <paramref name="responses"/>, in order.</summary>
    public static AtlasClient Client(out RecordingHandler handler, params CannedResponse[] responses)
        => Client(handler = new RecordingHandler(responses));

    /// <summary>The client over a new handler whose answers <paramref name="responder"/> picks from each request.</summary>
    public static AtlasClient Client(out RecordingHandler handler, Func<RecordedRequest, CannedResponse> responder)
        => Client(handler = new RecordingHandler(responder));
}

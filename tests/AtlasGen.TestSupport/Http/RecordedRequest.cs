using System.Net.Http;

namespace AtlasGen.TestSupport;

/// <summary>One request as the fake server received it.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, byte[] Body, string? ContentType, string Origin)
{
    public HttpMethod HttpMethod => new(Method);
}

/// <summary>What the fake server answers.</summary>
public sealed record FakeResponse(int Status, string Body = "", string? ContentType = "application/json")
{
    public System.Collections.Generic.List<(string Name, string Value)> Headers { get; } = new();

    public FakeResponse With(string name, string value)
    {
        Headers.Add((name, value));
        return this;
    }
}

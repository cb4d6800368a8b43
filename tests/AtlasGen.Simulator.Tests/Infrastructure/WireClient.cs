using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>A response as it came off the wire: status, media type and the parsed JSON body (if any).</summary>
public sealed record WireResponse(HttpStatusCode Status, string? MediaType, string Body, HttpResponseMessage Message)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? ErrorCode => Json.TryGetProperty("errorCode", out var code) ? code.GetString() : null;
}

/// <summary>Sends raw requests (any path, any body, any Accept) through an authenticating HttpClient.</summary>
public sealed class WireClient(Uri baseAddress, HttpClient http) : IDisposable
{
    public const string V1 = "application/vnd.atlas.2023-01-01+json";

    public Task<WireResponse> GetAsync(string path, string accept = V1) => SendAsync(HttpMethod.Get, path, null, accept);

    public Task<WireResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<WireResponse> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<WireResponse> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<WireResponse> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public async Task<WireResponse> SendAsync(HttpMethod method, string path, string? json, string? accept = V1)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path));
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        if (json is not null)
        {
            // Today's spec versions request bodies too: the body goes in the media type the caller asks for.
            request.Content = new StringContent(json, Encoding.UTF8, accept ?? V1);
        }

        var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new WireResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    public void Dispose() => http.Dispose();
}

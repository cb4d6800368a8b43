using System.Net.Sockets;

namespace AtlasGen.Runtime.Tests.Resilience;

/// <summary>A network failure is retried for idempotent methods only: a POST may have reached the server.</summary>
public sealed class NetworkFailureRetryTests
{
    /// <summary>Fails the first <c>failures</c> sends as a refused connection would, then answers 200.</summary>
    private sealed class FlakyTransport(int failures) : HttpMessageHandler
    {
        public int Sends;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref Sends) <= failures)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused));
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request });
        }
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task An_idempotent_request_is_retried_after_a_network_failure(string method)
    {
        var transport = new FlakyTransport(failures: 2);
        var time = new RecordingTimeProvider();
        using var client = new HttpClient(new AtlasRetryHandler(new AtlasRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(100) }, transport, time));

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "https://atlas.test/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, transport.Sends);
        Assert.Equal(2, time.Delays.Count);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task A_non_idempotent_request_is_not_retried_after_a_network_failure(string method)
    {
        var transport = new FlakyTransport(failures: 1);
        var time = new RecordingTimeProvider();
        using var client = new HttpClient(new AtlasRetryHandler(new AtlasRetryOptions(), transport, time));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "https://atlas.test/x")));

        Assert.Equal(1, transport.Sends);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task The_last_network_failure_surfaces_after_MaxRetries()
    {
        var transport = new FlakyTransport(failures: 10);
        var time = new RecordingTimeProvider();
        using var client = new HttpClient(new AtlasRetryHandler(new AtlasRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1) }, transport, time));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("https://atlas.test/x"));

        Assert.Equal(3, transport.Sends);
    }
}

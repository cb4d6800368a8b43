using System.IO.Compression;
using System.Reflection;
using System.Text;
using AtlasGen.Runtime;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests.MediaTypes;

/// <summary>
/// Operations whose success body is not JSON: gzip is streamed as it arrives, a PEM certificate (declared JSON with a
/// plain string schema, sent as the text itself) and CSV come back as strings, and each sends the spec's own Accept.
/// </summary>
public sealed class NonJsonResponseTests
{
    private static readonly string Spec = TestSpec.Spec(
        [
            TestSpec.Operation("get", "/logs/{logName}.gz", "downloadClusterLog", "Logs",
                TestSpec.Response("200", "ok",
                    TestSpec.Content("{type: string, format: binary}", "application/vnd.atlas.2023-01-01+gzip"),
                    TestSpec.Content("{type: string, format: binary}", "application/vnd.atlas.2023-02-01+gzip")),
                TestSpec.Parameters(TestSpec.PathParameter("logName"))),
            TestSpec.Operation("post", "/users/{username}/certs", "createUserCert", "Logs",
                TestSpec.Response("201", "created", TestSpec.Content("{type: string, description: PEM file with the certificate and key.}", "application/vnd.atlas.2023-01-01+json")),
                TestSpec.Parameters(TestSpec.PathParameter("username"))),
            TestSpec.Operation("get", "/invoices/{invoiceId}", "getInvoice", "Logs",
                TestSpec.Response("200", "ok",
                    TestSpec.Content("{type: string}", "application/vnd.atlas.2023-01-01+csv"),
                    TestSpec.Content("{type: object, properties: {id: {type: string}}}", "application/vnd.atlas.2023-01-01+json")),
                TestSpec.Parameters(TestSpec.PathParameter("invoiceId"))),
        ]);

    private const string Pem = "-----BEGIN CERTIFICATE-----\nMIIFBzCCAu+gAwIBAgIIG266g0iQSpIw\n-----END CERTIFICATE-----\n";

    private static readonly Lazy<LoadedClient> s_client = new(() => LoadedClient.Load(GeneratorHarness.Run(Spec)));

    [Fact]
    public void The_generated_client_compiles_with_a_method_per_format_and_version()
    {
        var run = GeneratorHarness.RunClean(Spec);

        var client = run.Source("LogsClient.g.cs");
        Assert.Contains("global::System.Threading.Tasks.Task<global::System.IO.Stream> DownloadClusterLogAsync(", client, StringComparison.Ordinal);
        Assert.Contains("global::System.Threading.Tasks.Task<global::System.IO.Stream> DownloadClusterLogV20230101Async(", client, StringComparison.Ordinal);
        Assert.Contains("global::System.Threading.Tasks.Task<string> CreateUserCertAsync(", client, StringComparison.Ordinal);
        Assert.Contains("global::System.Threading.Tasks.Task<string> GetInvoiceAsCsvAsync(", client, StringComparison.Ordinal);
        Assert.Contains(".GetInvoiceResponse> GetInvoiceAsync(", client, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_download_asks_for_gzip_and_streams_the_body_as_it_arrives()
    {
        var log = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"t\":\"2026-08-10T03:44:43Z\",\"msg\":\"Connection accepted\"}\n", 200)));
        var gzip = Gzip(log);
        var body = new CountingStream(gzip);
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) { Headers = { { "Content-Type", "application/vnd.atlas.2023-02-01+gzip" } } } });

        var stream = await Call<Stream>(handler, "DownloadClusterLogAsync", "mongodb");

        Assert.Equal("application/vnd.atlas.2023-02-01+gzip", handler.Accept);
        Assert.Equal("/logs/mongodb.gz", handler.Path);
        Assert.Equal(0, body.BytesRead); // not buffered: nothing was read before the caller asked
        using (var unzipped = new GZipStream(stream, CompressionMode.Decompress))
        using (var copy = new MemoryStream())
        {
            await unzipped.CopyToAsync(copy);
            Assert.Equal(log, copy.ToArray());
        }

        Assert.True(body.Disposed, "disposing the stream must dispose the response");
    }

    [Fact]
    public async Task An_older_gzip_version_sends_its_own_Accept()
    {
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Gzip(new byte[] { 1, 2, 3 })) });

        await using var stream = await Call<Stream>(handler, "DownloadClusterLogV20230101Async", "mongodb");

        Assert.Equal("application/vnd.atlas.2023-01-01+gzip", handler.Accept);
    }

    [Fact]
    public async Task A_PEM_certificate_declared_as_a_JSON_string_comes_back_as_the_text()
    {
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(Pem, Encoding.UTF8, "application/vnd.atlas.2023-01-01+json") });

        var certificate = await Call<string>(handler, "CreateUserCertAsync", "user389");

        Assert.Equal("application/vnd.atlas.2023-01-01+json", handler.Accept);
        Assert.Equal(Pem, certificate);
    }

    [Fact]
    public async Task A_body_that_is_a_JSON_string_literal_is_unquoted()
    {
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("\"-----BEGIN CERTIFICATE-----\\nAB\\n\"", Encoding.UTF8, "application/json") });

        Assert.Equal("-----BEGIN CERTIFICATE-----\nAB\n", await Call<string>(handler, "CreateUserCertAsync", "user389"));
    }

    [Fact]
    public async Task A_CSV_alternative_asks_for_CSV_and_returns_the_text()
    {
        const string csv = "Invoice Number,Amount\n6516f0b6a8a3b84e2f1d0a83,12.50\n";
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(csv, Encoding.UTF8, "application/vnd.atlas.2023-01-01+csv") });

        Assert.Equal(csv, await Call<string>(handler, "GetInvoiceAsCsvAsync", "6516f0b6a8a3b84e2f1d0a83"));
        Assert.Equal("application/vnd.atlas.2023-01-01+csv", handler.Accept);
    }

    [Fact]
    public async Task An_error_on_a_download_is_still_the_typed_exception()
    {
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StringContent("""{"detail":"No log.","error":404,"errorCode":"RESOURCE_NOT_FOUND","parameters":[],"reason":"Not Found"}""", Encoding.UTF8, "application/json"),
        });

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => Call<Stream>(handler, "DownloadClusterLogAsync", "mongodb"));

        Assert.Equal("RESOURCE_NOT_FOUND", error.Error?.ErrorCode);
    }

    private static async Task<T> Call<T>(Handler handler, string method, string argument)
    {
        var connection = new AtlasConnection(new HttpClient(handler) { BaseAddress = new Uri("https://cloud.mongodb.com") });
        var clientType = s_client.Value.Type("LogsClient");
        var client = Activator.CreateInstance(clientType, connection)!;
        var operation = clientType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Single(m => m.Name == method && m.GetParameters().Last().HasDefaultValue);
        var arguments = operation.GetParameters().Select((p, i) => i == 0 ? argument : p.DefaultValue).ToArray();
        return await (Task<T>)operation.Invoke(client, arguments)!;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public string? Accept { get; private set; }

        public string? Path { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Accept = string.Join(", ", request.Headers.Accept.Select(a => a.ToString()));
            Path = request.RequestUri!.AbsolutePath;
            var response = respond(request);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }

    /// <summary>A body that records how much of it was read, and whether it was disposed.</summary>
    private sealed class CountingStream(byte[] data) : MemoryStream(data)
    {
        public long BytesRead { get; private set; }

        public bool Disposed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}

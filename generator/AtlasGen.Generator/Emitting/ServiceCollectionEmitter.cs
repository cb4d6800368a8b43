namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits <c>services.Add{Client}(...)</c>: the client on IHttpClientFactory with its authentication handler, options from
/// a delegate or a configuration section. The plumbing is in the runtime; this only names the client and how to build it.
/// </summary>
internal static class ServiceCollectionEmitter
{
    private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";

    public static string Emit(ApiModel api)
    {
        var client = $"global::{api.Namespace}.{api.ClientName}";
        var name = TypeNames.Literal(api.Namespace + "." + api.ClientName);
        var writer = SourceWriter.StartFile(api.Namespace);
        writer.Doc("summary", $"Registers {api.ClientName} with dependency injection.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public static class {api.ClientName}ServiceCollectionExtensions");
        writer.Doc("summary", $"Registers {api.ClientName} on IHttpClientFactory with the options' API key (HTTP Digest) or service account (OAuth), and AtlasGen's retry. Returns the HttpClient builder, so that handlers such as AddStandardResilienceHandler() compose.");
        writer.Line($"public static {DependencyInjection}.IHttpClientBuilder Add{api.ClientName}(this {DependencyInjection}.IServiceCollection services, global::System.Action<global::AtlasGen.Runtime.AtlasClientOptions>? configure = null)");
        writer.Line($"    => global::AtlasGen.Runtime.AtlasServiceCollectionExtensions.AddAtlasGenClient(services, {name}, static connection => new {client}(connection), configure);");
        writer.Line();
        writer.Doc("summary", $"Registers {api.ClientName}, binding its options (BaseAddress, PublicKey, PrivateKey, ClientId, ClientSecret, TokenEndpoint, Timeout, UserAgent, Retry) from a configuration section.");
        writer.Line($"public static {DependencyInjection}.IHttpClientBuilder Add{api.ClientName}(this {DependencyInjection}.IServiceCollection services, global::Microsoft.Extensions.Configuration.IConfiguration configuration)");
        writer.Line($"    => global::AtlasGen.Runtime.AtlasServiceCollectionExtensions.AddAtlasGenClient(services, {name}, static connection => new {client}(connection), configuration);");
        writer.Close();
        return writer.EndFile();
    }
}

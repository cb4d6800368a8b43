namespace AtlasGen.Generator.Emitting;

/// <summary>Emits the entry point: one object with a property per tag client, over one connection.</summary>
internal static class RootClientEmitter
{
    private const string Runtime = "global::AtlasGen.Runtime";

    public static string Emit(ApiModel api)
    {
        var name = api.ClientName;
        var writer = SourceWriter.StartFile(api.Namespace);
        writer.Doc("summary", $"A typed client for {SourceWriter.Escape(api.Title)}: one property per tag, all sharing one connection.");
        writer.Doc("remarks", DocMarkup.FromSpec(api.Description));
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public partial class {name} : global::System.IDisposable");
        writer.Line("private readonly bool _ownsConnection;");
        writer.Line();
        writer.Member("For mocking: a client without a connection; a mock overrides the tag properties it needs.", $"protected {name}() : this({Runtime}.AtlasConnection.ForMocking, ownsConnection: false) {{ }}");
        writer.Member("Creates a client that authenticates with the options' API key (HTTP Digest) or service account (OAuth), and owns its HttpClient.", $"public {name}({Runtime}.AtlasClientOptions options) : this(new {Runtime}.AtlasConnection(options), ownsConnection: true) {{ }}");
        writer.Member("Creates a client that authenticates with the options' credentials and logs each request (method, path template, status, time; never secrets).", $"public {name}({Runtime}.AtlasClientOptions options, global::Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory) : this(new {Runtime}.AtlasConnection(options, loggerFactory), ownsConnection: true) {{ }}");
        writer.Member("Creates a client over a caller-supplied HttpClient (e.g. from IHttpClientFactory) whose handlers authenticate.", $"public {name}(global::System.Net.Http.HttpClient httpClient, {Runtime}.AtlasClientOptions? options = null) : this(new {Runtime}.AtlasConnection(httpClient, options), ownsConnection: false) {{ }}");
        writer.Member("Creates a client over an existing connection, which the caller keeps owning.", $"public {name}({Runtime}.AtlasConnection connection) : this(connection, ownsConnection: false) {{ }}");
        writer.Open($"private {name}({Runtime}.AtlasConnection connection, bool ownsConnection)");
        writer.Line("Connection = connection ?? throw new global::System.ArgumentNullException(nameof(connection));");
        writer.Line("_ownsConnection = ownsConnection;");
        foreach (var tag in api.Tags)
        {
            writer.Line($"{tag.PropertyName} = new global::{api.Namespace}.{tag.ClassName}(connection);");
        }

        writer.Close();
        writer.Line();
        writer.Doc("summary", "The connection every tag client sends through.");
        writer.Line($"public {Runtime}.AtlasConnection Connection {{ get; }}");
        foreach (var tag in api.Tags)
        {
            writer.Line();
            writer.Doc("summary", DocMarkup.FromSpec(tag.Description ?? $"The {tag.Name} operations."));
            writer.Line($"public virtual global::{api.Namespace}.{tag.ClassName} {tag.PropertyName} {{ get; }}");
        }

        writer.Line();
        writer.Doc("summary", "Disposes the connection when this client created it.");
        writer.Open("public void Dispose()");
        writer.Line("Dispose(disposing: true);");
        writer.Line("global::System.GC.SuppressFinalize(this);");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Disposes the connection when this client created it and <paramref name=\"disposing\"/> is true.</summary>");
        writer.Open("protected virtual void Dispose(bool disposing)");
        writer.Open("if (disposing && _ownsConnection)");
        writer.Line("Connection.Dispose();");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.EndFile();
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>
/// A generated client, compiled and loaded (<see cref="LoadedAssembly"/>), with the reflection the tests need to read and
/// write JSON through its generated metadata (client or server direction) and to inspect the models it produces.
/// </summary>
internal sealed class LoadedClient : IDisposable
{
    private readonly LoadedAssembly _loaded;

    private LoadedClient(LoadedAssembly loaded) => _loaded = loaded;

    public Assembly Assembly => _loaded.Assembly;

    /// <summary>Loads the run's compilation; any warning in the generated code fails.</summary>
    public static LoadedClient Load(GeneratorRun run)
        => new(LoadedAssembly.Load(run.Compilation, "loaded-client", d => d.Severity >= DiagnosticSeverity.Warning));

    public Type Type(string name) => Assembly.GetTypes().Single(t => t.Name == name);

    /// <summary>The shared instance of the generated client (or server-direction) JSON context.</summary>
    public JsonSerializerContext Context(bool server)
    {
        var contextType = Assembly.GetTypes().Single(t => typeof(JsonSerializerContext).IsAssignableFrom(t) && t.Name.EndsWith("ServerJsonContext", StringComparison.Ordinal) == server);
        return (JsonSerializerContext)contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    public object Read(string typeName, string json, bool server = false)
        => JsonSerializer.Deserialize(json, Context(server).GetTypeInfo(Type(typeName))!)!;

    public string Write(string typeName, object value, bool server = false)
        => JsonSerializer.Serialize(value, Context(server).GetTypeInfo(Type(typeName))!);

    public static object? Get(object instance, string property)
        => instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(instance);

    public void Dispose() => _loaded.Dispose();
}

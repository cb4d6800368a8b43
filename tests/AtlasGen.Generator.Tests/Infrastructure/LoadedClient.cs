using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>
/// A generated client from an inline spec, compiled and loaded into a collectible context, so that tests can read and
/// write JSON through its generated metadata (client or server direction) and inspect the models it produces.
/// </summary>
internal sealed class LoadedClient : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private LoadedClient(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static LoadedClient Load(GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emitted = run.Compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emitted.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("The generated client does not compile cleanly:\n" + run.Describe(problems));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("loaded-client", isCollectible: true);
        return new LoadedClient(context, context.LoadFromStream(image));
    }

    public Type Type(string name) => Assembly.GetTypes().Single(t => t.Name == name);

    /// <summary>The shared instance of a generated JSON context, by its name's ending ("JsonContext", "ServerJsonContext").</summary>
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

    public void Dispose() => _context.Unload();
}

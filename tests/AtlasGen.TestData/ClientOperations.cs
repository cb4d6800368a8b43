using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AtlasGen.Runtime;

namespace AtlasGen.TestData;

/// <summary>One generated method: an operation in one media-type version, as the compiled client offers it.</summary>
public sealed record ClientOperation(string OperationId, string HttpMethod, string PathTemplate, string MediaType, string? Version, MethodInfo GeneratedMethod)
{
    /// <summary>The type the method returns the body as (<c>Task&lt;T&gt;</c>), or null when it returns no body (<c>Task</c>).</summary>
    public Type? ResultType => GeneratedMethod.ReturnType.IsGenericType ? GeneratedMethod.ReturnType.GetGenericArguments()[0] : null;
}

/// <summary>
/// What a compiled client offers, read from the compiled assembly itself (never from a spec): every operation method by
/// its <see cref="AtlasOperationAttribute"/>, and the client-direction and server-direction JSON contexts.
/// </summary>
public sealed class ClientOperations
{
    private static readonly Regex s_version = new(@"^application/vnd\.atlas\.(?<version>\d{4}-\d{2}-\d{2})\+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly Dictionary<(string Method, string PathTemplate), List<ClientOperation>> _byRequest;

    private ClientOperations(Assembly assembly)
    {
        var contexts = assembly.GetTypes().Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        ServerJson = Default(contexts.Single(t => t.Name.EndsWith("ServerJsonContext", StringComparison.Ordinal)));
        ClientJson = Default(contexts.Single(t => !t.Name.EndsWith("ServerJsonContext", StringComparison.Ordinal)));

        // The method with every parameter, not its (required arguments, CancellationToken) overload.
        _byRequest = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<AtlasOperationAttribute>()))
            .Where(m => m.Attribute is not null)
            .GroupBy(m => (m.Attribute!.Method, m.Attribute.PathTemplate, m.Attribute.MediaType))
            .Select(g => g.OrderByDescending(m => m.Method.GetParameters().Length).First())
            .Select(m => new ClientOperation(m.Attribute!.OperationId, m.Attribute.Method, m.Attribute.PathTemplate, m.Attribute.MediaType ?? "", VersionOf(m.Attribute.MediaType), m.Method))
            .GroupBy(o => (o.HttpMethod, o.PathTemplate))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.Version, StringComparer.Ordinal).ToList());
    }

    public JsonSerializerContext ClientJson { get; }

    public JsonSerializerContext ServerJson { get; }

    public int Count => _byRequest.Count;

    /// <summary>Every generated operation method, one per operation and media-type version.</summary>
    public IEnumerable<ClientOperation> Operations => _byRequest.Values.SelectMany(o => o);

    public static ClientOperations Of(Assembly assembly) => new(assembly);

    /// <summary>The operation's methods, newest version first (the default method), or null when the client lacks it.</summary>
    public IReadOnlyList<ClientOperation>? Find(string method, string pathTemplate)
        => _byRequest.TryGetValue((method, pathTemplate), out var operations) ? operations : null;

    public static string? VersionOf(string? mediaType)
        => mediaType is not null && s_version.Match(mediaType) is { Success: true } m ? m.Groups["version"].Value : null;

    public static JsonTypeInfo TypeInfo(JsonSerializerContext context, Type type)
        => context.GetTypeInfo(type) ?? throw new InvalidOperationException($"{context.GetType().Name} has no metadata for {type.Name}");

    private static JsonSerializerContext Default(Type context)
        => (JsonSerializerContext)context.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}

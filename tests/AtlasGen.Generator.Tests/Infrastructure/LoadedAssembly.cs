using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>
/// A compilation emitted in memory and loaded into a collectible context, so a test can run code (a full spec's client)
/// that exists only in its in-memory compilation. References to the runtime resolve to the test's own copy, so its types
/// (<c>AtlasApiException</c>, <c>AtlasOperationAttribute</c>) are shared. Dispose unloads it.
/// </summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>Emits and loads <paramref name="compilation"/>; throws with the diagnostics <paramref name="isProblem"/> selects, or when emitting fails.</summary>
    public static LoadedAssembly Load(Compilation compilation, string name, Func<Diagnostic, bool>? isProblem = null)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics
            .Where(d => (isProblem?.Invoke(d) ?? false) || !emitted.Success && d.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (!emitted.Success || problems.Count > 0)
        {
            throw new InvalidOperationException($"{name} does not compile:\n" + string.Join("\n", problems.Take(40)));
        }

        var context = new AssemblyLoadContext(name, isCollectible: true);
        image.Position = 0;
        return new LoadedAssembly(context, context.LoadFromStream(image));
    }

    public void Dispose() => _context.Unload();
}

using System;
using System.Linq;
using System.Reflection;

namespace AtlasGen;

/// <summary>
/// Where a diagnostic's help link points. The documentation base URL is an MSBuild property,
/// <c>AtlasGenDocumentationBaseUrl</c>, baked into the assembly when it is built (and so when it is packed); without
/// it, diagnostics carry no link rather than one to a page that may not exist. Shared by the generator and the analyzers.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The base URL this assembly was built with, or null.</summary>
    public static string? BaseUrl { get; } = typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "AtlasGenDocumentationBaseUrl")?.Value is { Length: > 0 } url ? url : null;

    /// <summary>The link for <paramref name="id"/>: its heading in <paramref name="readme"/> (a path under the base URL), or null without a base URL.</summary>
    public static string? For(string id, string readme) => For(BaseUrl, id, readme);

    public static string? For(string? baseUrl, string id, string readme)
        => baseUrl is null ? null : baseUrl.TrimEnd('/') + "/" + readme + "#" + id.ToLowerInvariant();
}

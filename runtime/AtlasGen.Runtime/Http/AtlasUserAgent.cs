using System.Reflection;

namespace AtlasGen.Runtime;

/// <summary>The default User-Agent, with the package version.</summary>
public static class AtlasUserAgent
{
    /// <summary><c>AtlasGen/{informational version}</c>.</summary>
    public static string Default { get; } = "AtlasGen/" + Version;

    private static string Version
    {
        get
        {
            var informational = typeof(AtlasUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            // Drop the "+commit" suffix that deterministic builds append.
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}

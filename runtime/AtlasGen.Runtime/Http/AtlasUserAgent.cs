using System.Reflection;
using System.Runtime.InteropServices;

namespace AtlasGen.Runtime;

/// <summary>The default User-Agent, shaped as Atlas's own SDKs shape theirs.</summary>
public static class AtlasUserAgent
{
    /// <summary>The package version, without the "+commit" suffix that deterministic builds append.</summary>
    internal static string PackageVersion { get; } = ReadPackageVersion();

    // Declared after PackageVersion: static initializers run in order.
    /// <summary><c>AtlasGen/{version} ({os}; {arch}) .NET/{runtime version}</c>, e.g. <c>AtlasGen/0.1.0 (linux; x64) .NET/10.0.0</c>.</summary>
    public static string Default { get; } = Format(PackageVersion, OperatingSystemName(), RuntimeInformation.ProcessArchitecture, System.Environment.Version.ToString());

    internal static string Format(string version, string os, Architecture architecture, string runtimeVersion)
        => $"AtlasGen/{version} ({os}; {architecture.ToString().ToLowerInvariant()}) .NET/{runtimeVersion}";

    private static string ReadPackageVersion()
    {
        var informational = typeof(AtlasUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }

    private static string OperatingSystemName()
    {
        if (System.OperatingSystem.IsLinux())
        {
            return "linux";
        }

        if (System.OperatingSystem.IsWindows())
        {
            return "windows";
        }

        if (System.OperatingSystem.IsMacOS())
        {
            return "darwin";
        }

        return RuntimeInformation.OSDescription.Split(' ')[0].ToLowerInvariant();
    }
}

using AtlasGen.Tests.Shared;

namespace AtlasGen.Runtime.Tests.Apache;

/// <summary>
/// A fact that needs Apache httpd. Skipped, with the reason shown, when apache2 is not installed; but when CI=true it
/// always runs, so a CI machine without Apache fails instead of going quietly green.
/// </summary>
public sealed class ApacheFactAttribute : FactAttribute
{
    public ApacheFactAttribute()
    {
        Skip = ExternalRequirement.SkipReason(
            ApacheFixture.IsInstalled,
            $"Apache httpd with mod_auth_digest is not installed ({ApacheFixture.MissingPiece}); " +
            "install the Debian packages apache2 and apache2-utils to run the interop tests");
    }
}

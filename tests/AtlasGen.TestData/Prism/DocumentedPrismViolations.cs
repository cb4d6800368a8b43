using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace AtlasGen.TestData.Prism;

/// <summary>
/// The Prism violations the simulator README documents, by section: each bullet starts with the fragment of Prism's
/// message it matches, in backticks, and names the recording that shows Atlas's side, which must exist (a section of
/// rules about what Prism itself cannot check may say why instead).
/// </summary>
public static partial class DocumentedPrismViolations
{
    /// <summary>The message fragments of the README section whose heading starts with <paramref name="heading"/>.</summary>
    /// <param name="heading">The section's heading, from its start.</param>
    /// <param name="recordingRequired">Whether every bullet must cite a recording (false: a bullet may give a reason instead).</param>
    public static string[] Read(string heading, bool recordingRequired = true)
    {
        var readme = File.ReadAllLines(Path.Combine(ExternalData.RepositoryRoot, "runtime", "AtlasGen.Simulator", "README.md"));
        var section = readme.SkipWhile(line => !line.StartsWith(heading, StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
        var bullets = section.Select(line => Bullet().Match(line)).Where(m => m.Success).ToList();
        Assert.True(bullets.Count > 0, $"The simulator README has no documented violation under \"{heading}\".");
        foreach (var bullet in bullets.Where(b => recordingRequired || b.Groups["recording"].Success))
        {
            Assert.True(bullet.Groups["recording"].Success, $"The README's rule `{bullet.Groups["fragment"].Value}` under \"{heading}\" cites no recording.");
            Assert.True(File.Exists(Path.Combine(ExternalData.RecordingsDirectory, bullet.Groups["recording"].Value)) || !Directory.Exists(ExternalData.RecordingsDirectory),
                $"The README cites {bullet.Groups["recording"].Value}, which is not among the recordings.");
        }

        return bullets.Select(m => m.Groups["fragment"].Value).ToArray();
    }

    /// <summary>The violations no fragment explains.</summary>
    public static string[] Unexplained(string[] violations, string[] fragments)
        => violations.Where(line => !fragments.Any(fragment => line.Contains(fragment, StringComparison.Ordinal))).ToArray();

    [GeneratedRegex(@"^- `(?<fragment>[^`]+)`(?:.*`(?<recording>\d{4}__[^`]+\.snaphost)`)?")]
    private static partial Regex Bullet();
}

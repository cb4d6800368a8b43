using System.Text.RegularExpressions;

namespace AtlasGen.Generator.Parsing;

/// <summary>
/// Reads what an Atlas operation says its caller needs: the roles of its <c>x-rolesRequirements</c> list, or else of
/// its description ("the requesting API Key must have the Project Owner role", or "the A role, the B role, or the C
/// role"), and whether its description requires "an entry for the project access list". The one place that reads them.
/// </summary>
internal static class RoleRequirementText
{
    private static readonly Regex s_mustHave = new(
        @"must\s+have\s+the\s+(?<roles>.+?)\s+role(?<rest>[^.]*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        System.TimeSpan.FromSeconds(1));

    private static readonly Regex s_alternative = new(
        @"(?:,\s*or\s+|\s+or\s+|,\s*)the\s+(?<role>.+?)\s+role",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        System.TimeSpan.FromSeconds(1));

    private const string RolesExtension = "x-rolesRequirements";

    /// <summary>The role names as the spec writes them (e.g. "Project Owner"), any one of which suffices; empty when it names none.</summary>
    public static IReadOnlyList<string> Roles(Microsoft.OpenApi.Models.OpenApiOperation operation)
    {
        if (operation.Extensions is not null && operation.Extensions.TryGetValue(RolesExtension, out var extension) && extension is Microsoft.OpenApi.Any.OpenApiArray listed)
        {
            return listed.Select(item => OpenApiValues.AsText(item)).Where(role => !string.IsNullOrWhiteSpace(role)).Select(role => role!.Trim()).Distinct().ToArray();
        }

        return Roles(operation.Description);
    }

    /// <summary>The role names a description states; empty when it names none.</summary>
    public static IReadOnlyList<string> Roles(string? description)
    {
        var text = Normalize(description);
        var match = s_mustHave.Match(text);
        if (!match.Success)
        {
            return new string[0];
        }

        var roles = new List<string> { match.Groups["roles"].Value.Trim() };
        foreach (Match alternative in s_alternative.Matches(match.Groups["rest"].Value))
        {
            roles.Add(alternative.Groups["role"].Value.Trim());
        }

        return roles.Distinct().ToArray();
    }

    /// <summary>True when the description says the caller's API access list must hold the request's address.</summary>
    public static bool RequiresAccessList(string? description)
    {
        var text = Normalize(description);
        return text.IndexOf("entry for the project access list", System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("requests originate from IP addresses on the API access list", System.StringComparison.OrdinalIgnoreCase) >= 0
               && text.IndexOf("doesn't require the API Key to have an Access List", System.StringComparison.OrdinalIgnoreCase) < 0;
    }

    // Descriptions wrap lines and may carry Markdown emphasis; the rule reads words.
    private static string Normalize(string? description)
        => description is null ? "" : Regex.Replace(description.Replace("*", "").Replace("`", ""), @"\s+", " ", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
}

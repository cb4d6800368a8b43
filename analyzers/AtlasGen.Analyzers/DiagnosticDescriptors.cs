namespace AtlasGen.Analyzers;

/// <summary>
/// Every rule the AtlasGen analyzers report. The ids are public surface: never renumber or reuse one.
/// Each id is documented under its own anchor in analyzers/README.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "AtlasGen.Usage";

    public static readonly DiagnosticDescriptor PatternMismatch = Create(
        "ATLAS001", "String does not match the required pattern",
        "'{0}' does not match the pattern '{1}' required by '{2}'",
        "A constant string passed to or assigned to a generated member breaks the OpenAPI pattern recorded in its [AtlasPattern] attribute. The request would be rejected before it is sent.");

    public static readonly DiagnosticDescriptor UnknownValue = Create(
        "ATLAS002", "Value is not one of the known values",
        "'{0}' is not a known value of '{1}'; did you mean '{2}'?",
        "A constant is not one of the values the spec lists for this enum, parameter or property ([AtlasAllowedValues]). The server will most likely reject it.");

    public static readonly DiagnosticDescriptor OutOfRange = Create(
        "ATLAS003", "Number is outside the allowed range",
        "{0} is outside the allowed range of '{2}': {1}",
        "A constant number breaks the minimum or maximum recorded in the member's [AtlasRange] attribute.");

    public static readonly DiagnosticDescriptor LengthOutOfRange = Create(
        "ATLAS004", "String length is outside the allowed bounds",
        "'{0}' has length {1}, but '{2}' requires a length of {3}",
        "A constant string is shorter or longer than the bounds recorded in the member's [AtlasLength] attribute.");

    public static readonly DiagnosticDescriptor DeprecatedOperation = Create(
        "ATLAS005", "Call to a deprecated Atlas operation",
        "Atlas operation '{0}' is deprecated{1}",
        "The generated method calls an operation that the spec marks deprecated or gives a sunset date ([AtlasOperation] Deprecated or Sunset). Move to its replacement before the sunset.");

    public static readonly DiagnosticDescriptor RoleInWrongScope = Create(
        "ATLAS006", "Role belongs to another scope",
        "Role '{0}' belongs to the {1} scope; '{2}' accepts only {3} roles",
        "An organization role (ORG_*) is used where only project roles (GROUP_*) are allowed, or the reverse. The role exists, but not at this scope.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: description, helpLinkUri: HelpLinks.For(id, "analyzers/README.md"));
}

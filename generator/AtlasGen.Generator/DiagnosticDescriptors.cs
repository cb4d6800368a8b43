using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: ATLASGEN001-099 spec files and options,
/// ATLASGEN100-199 constructs the generator cannot express. Each points at the spec file and line.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "AtlasGen.Generator";

    public static readonly DiagnosticDescriptor UnreadableSpec = Create(
        "ATLASGEN001", "The spec file cannot be read",
        "The spec file '{0}' cannot be read: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidSpec = Create(
        "ATLASGEN002", "The spec has an error",
        "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SpecWarning = Create(
        "ATLASGEN003", "The spec has a problem the generator can work past",
        "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotOpenApi3 = Create(
        "ATLASGEN004", "The file is not an OpenAPI 3 document",
        "The file '{0}' is not an OpenAPI 3 document and is ignored: {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "ATLASGEN005", "An AtlasGen option has an invalid value",
        "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "ATLASGEN006", "The generator failed on this spec",
        "AtlasGen could not generate a client from this spec: {0}. Please report this with the spec.", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownTag = Create(
        "ATLASGEN007", "A tag in AtlasGenTags is not in the spec",
        "AtlasGenTags names '{0}', which no operation in this spec has; known tags: {1}", DiagnosticSeverity.Warning);

    // ATLASGEN008 is the package targets' warning for an invalid AtlasGenIncludeBundledSpec (an MSBuild warning).
    public static readonly DiagnosticDescriptor DuplicateClient = Create(
        "ATLASGEN009", "Two specs generate the same client",
        "'{0}' and '{1}' both generate {2}; this one is skipped. Give one of them its own AtlasGenNamespace or AtlasGenClientName (e.g. <AdditionalFiles Include=\"...\" AtlasGenNamespace=\"My.Atlas\" />).", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BrokenOpenApiRule = Create(
        "ATLASGEN010", "The spec breaks a rule of OpenAPI that the generator reads past",
        "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "ATLASGEN100", "A spec construct is represented loosely",
        "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidPattern = Create(
        "ATLASGEN101", "A pattern is not a valid .NET regular expression",
        "The pattern '{0}' at {1} is not a valid .NET regular expression ({2}); it is not enforced", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "ATLASGEN102", "A $ref cannot be resolved",
        "The reference '{0}' at {1} cannot be resolved; the value is typed as JsonElement", DiagnosticSeverity.Warning);

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "ATLASGEN001" => UnreadableSpec,
        "ATLASGEN002" => InvalidSpec,
        "ATLASGEN003" => SpecWarning,
        "ATLASGEN004" => NotOpenApi3,
        "ATLASGEN005" => InvalidOption,
        "ATLASGEN006" => InternalError,
        "ATLASGEN007" => UnknownTag,
        "ATLASGEN009" => DuplicateClient,
        "ATLASGEN010" => BrokenOpenApiRule,
        "ATLASGEN100" => UnsupportedConstruct,
        "ATLASGEN101" => InvalidPattern,
        "ATLASGEN102" => UnresolvedReference,
        _ => null,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id, "generator/README.md"));
}

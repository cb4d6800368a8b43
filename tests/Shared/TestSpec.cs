using System.Collections.Generic;
using System.Linq;

namespace AtlasGen.Tests.Shared;

/// <summary>
/// Writes the YAML every hand-written test spec repeats (the header, an operation's envelope, a JSON answer, the usual
/// schema shapes), so that a spec in a test states only what the test is about. Fragments handed in are YAML written
/// from column 0; they are indented to where they belong. The title reaches generated doc comments only; no test reads
/// it. Linked into the test projects.
/// </summary>
internal static class TestSpec
{
    /// <summary>The OpenAPI version Atlas publishes in, and an info block; ends with a line break.</summary>
    public const string Header = "openapi: 3.0.1\ninfo: {title: Test API, version: '1'}\n";

    /// <summary>A response without a body, for operations whose answer no test reads.</summary>
    public const string NoContent = "'204': {description: none}";

    /// <summary>
    /// The header, then <c>paths:</c> with <paramref name="operations"/> (grouped by path, in the order first given),
    /// then <c>components: schemas:</c> holding <paramref name="schemas"/> in order, when there are any.
    /// </summary>
    public static string Spec(IReadOnlyList<SpecOperation> operations, params string[] schemas)
    {
        var lines = new List<string> { "paths:" };
        foreach (var path in operations.Select(o => o.Path).Distinct())
        {
            lines.Add($"  {path}:");
            foreach (var operation in operations.Where(o => o.Path == path))
            {
                lines.Add($"    {operation.Method}:");
                lines.AddRange(Indented(operation.Yaml, 6));
            }
        }

        if (schemas.Length > 0)
        {
            lines.Add("components:");
            lines.Add("  schemas:");
            lines.AddRange(schemas.SelectMany(s => Indented(s, 4)));
        }

        return Header + string.Join("\n", lines) + "\n";
    }

    /// <summary>
    /// One operation: its id, its tag when given, <paramref name="details"/> (parameters, a request body, flags) and
    /// <paramref name="responses"/> (the entries under <c>responses:</c>).
    /// </summary>
    public static SpecOperation Operation(string method, string path, string operationId, string? tag, string responses, string? details = null)
    {
        var lines = new List<string> { $"operationId: {operationId}" };
        if (tag is not null)
        {
            lines.Add($"tags: [{tag}]");
        }

        if (details is not null)
        {
            lines.AddRange(Lines(details));
        }

        lines.Add("responses:");
        lines.AddRange(Indented(responses, 2));
        return new SpecOperation(path, method, string.Join("\n", lines));
    }

    /// <summary>A GET answering 200 with a JSON body of <paramref name="schema"/>.</summary>
    public static SpecOperation Get(string path, string operationId, string tag, string schema, string? details = null)
        => Operation("get", path, operationId, tag, Ok(Content(schema)), details);

    /// <summary>A POST sending a required JSON body of <paramref name="body"/> and answering 200 with a JSON body of <paramref name="schema"/>.</summary>
    public static SpecOperation Post(string path, string operationId, string tag, string body, string schema)
        => Operation("post", path, operationId, tag, Ok(Content(schema)), "requestBody:\n  required: true\n  content:\n" + string.Join("\n", Indented(Content(body), 4)));

    /// <summary>The 200 response with the given content entries (each from <see cref="Content"/>).</summary>
    public static string Ok(params string[] contents) => Response("200", "OK", contents);

    /// <summary>A response with its status, description and content entries (each from <see cref="Content"/>).</summary>
    public static string Response(string status, string description, params string[] contents)
        => string.Join("\n", new[] { $"'{status}':", $"  description: {description}", "  content:" }.Concat(contents.SelectMany(c => Indented(c, 4))));

    /// <summary>
    /// A content entry: the media type and its <paramref name="schema"/> (a one-line flow value or a block), with the
    /// <c>x-sunset</c> Atlas puts on a version when given (written as it is, so a test chooses a date or a string).
    /// </summary>
    public static string Content(string schema, string mediaType = "application/json", string? sunset = null)
    {
        var lines = new List<string> { $"{mediaType}:" };
        var schemaLines = Lines(schema);
        if (schemaLines.Count == 1)
        {
            lines.Add($"  schema: {schemaLines[0]}");
        }
        else
        {
            lines.Add("  schema:");
            lines.AddRange(Indented(schema, 4));
        }

        if (sunset is not null)
        {
            lines.Add($"  x-sunset: {sunset}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>A <c>parameters:</c> list of the given parameters (each a flow value, e.g. from <see cref="PathParameter"/>, or a <c>$ref</c>).</summary>
    public static string Parameters(params string[] parameters) => string.Join("\n", new[] { "parameters:" }.Concat(parameters.Select(p => "- " + p)));

    /// <summary>A required string path parameter, with the pattern its value must match when given.</summary>
    public static string PathParameter(string name, string? pattern = null)
        => $"{{in: path, name: {name}, required: true, schema: {{type: string{(pattern is null ? "" : ", pattern: " + Quoted(pattern))}}}}}";

    /// <summary>A reference to a component schema, as a flow value.</summary>
    public static string Ref(string schema) => $"{{$ref: '#/components/schemas/{schema}'}}";

    /// <summary>A component schema of type object with the given properties (YAML, one per line).</summary>
    public static string Object(string name, string properties)
        => string.Join("\n", new[] { $"{name}:", "  type: object", "  properties:" }.Concat(Indented(properties, 4)));

    /// <summary>A component schema that is there for its name alone: an object with one string property.</summary>
    public static string NameOnly(string name) => $"{name}: {{type: object, properties: {{value: {{type: string}}}}}}";

    /// <summary>
    /// A polymorphic base: an object whose required string <paramref name="discriminator"/> names the subtype, with
    /// <paramref name="properties"/> (YAML, one per line) besides it when given.
    /// </summary>
    public static string DiscriminatedBase(string name, string discriminator, string? properties = null)
        => string.Join("\n", new[]
        {
            $"{name}:", "  type: object", $"  discriminator: {{propertyName: {discriminator}}}", $"  required: [{discriminator}]", "  properties:",
            $"    {discriminator}: {{type: string}}",
        }.Concat(properties is null ? Enumerable.Empty<string>() : Indented(properties, 4)));

    /// <summary>A subtype extending <paramref name="baseName"/> with allOf, adding <paramref name="properties"/> (YAML, one per line).</summary>
    public static string Subtype(string name, string baseName, string properties)
        => string.Join("\n", new[] { $"{name}:", "  allOf:", $"  - $ref: '#/components/schemas/{baseName}'", "  - type: object", "    properties:" }
            .Concat(Indented(properties, 6)));

    private static string Quoted(string value) => "'" + value.Replace("'", "''") + "'";

    private static List<string> Lines(string yaml) => yaml.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();

    private static IEnumerable<string> Indented(string yaml, int by) => Lines(yaml).Select(l => l.Length == 0 ? l : new string(' ', by) + l);
}

/// <summary>One operation of a test spec: its path, its method, and the YAML under the method's key.</summary>
internal sealed record SpecOperation(string Path, string Method, string Yaml);

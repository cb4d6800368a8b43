using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace AtlasGen.TestData;

/// <summary>An operation a matcher knows: its path template and, per path parameter, the regex its values satisfy (null: any).</summary>
public sealed record OperationTemplate(string Method, string PathTemplate, string OperationId, IReadOnlyDictionary<string, string?> ParameterRules);

/// <summary>An operation a recording was matched to, with the path parameters' values read from the file name.</summary>
public sealed record IdentifiedRequest(string Method, string PathTemplate, string OperationId, IReadOnlyDictionary<string, string> PathValues);

/// <summary>
/// Tells which operation a recording's file name names. The name writes <c>/</c> and <c>:</c> as <c>_</c>, so a value
/// holding <c>_</c> is ambiguous: a template matches when its literals line up and each parameter's value satisfies the
/// spec's rule for it (its pattern or its enum; any value, if it has neither); of several matching templates the most
/// literal one wins. The one matcher for the specs and for the simulator's generated route table.
/// </summary>
public sealed class PathTemplateMatcher
{
    private static readonly Regex s_parameter = new(@"\{(?<name>[^}]+)\}", RegexOptions.CultureInvariant);

    private readonly List<Template> _templates;

    private PathTemplateMatcher(List<Template> templates) => _templates = templates;

    /// <summary>Every operation of the given spec files; an operation in several files counts once.</summary>
    public static PathTemplateMatcher FromSpecs(params string[] specPaths) => FromSpecTexts(specPaths.Select(File.ReadAllText));

    /// <summary>Every operation of the given spec texts; an operation in several specs counts once.</summary>
    public static PathTemplateMatcher FromSpecTexts(IEnumerable<string> specTexts)
    {
        var operations = new List<OperationTemplate>();
        foreach (var text in specTexts)
        {
            var document = new OpenApiStringReader().Read(text, out _);
            foreach (var (pathTemplate, item) in document.Paths)
            {
                foreach (var (type, operation) in item.Operations)
                {
                    var rules = item.Parameters.Concat(operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Path)
                        .GroupBy(p => p.Name, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => RuleOf(g.Last().Schema), StringComparer.Ordinal);
                    operations.Add(new OperationTemplate(type.ToString().ToUpperInvariant(), pathTemplate, operation.OperationId ?? pathTemplate, rules));
                }
            }
        }

        return FromOperations(operations);
    }

    /// <summary>
    /// The given operations, e.g. a generated route table's; an operation (method and template) listed twice counts once,
    /// the first time.
    /// </summary>
    public static PathTemplateMatcher FromOperations(IEnumerable<OperationTemplate> operations)
    {
        var templates = new Dictionary<(string, string), Template>();
        foreach (var operation in operations)
        {
            templates.TryAdd((operation.Method, operation.PathTemplate), Template.Create(operation.Method, operation.PathTemplate, operation.OperationId, operation.ParameterRules));
        }

        return new PathTemplateMatcher(templates.Values.ToList());
    }

    /// <summary>The rule of a path parameter whose schema has a pattern, or enumerates its values; null when any value goes.</summary>
    public static string? RuleOf(string? pattern, IReadOnlyCollection<string> knownValues)
        => pattern ?? (knownValues.Count > 0 ? "^(?:" + string.Join("|", knownValues.Select(Regex.Escape)) + ")$" : null);

    private static string? RuleOf(OpenApiSchema? schema)
        => RuleOf(schema?.Pattern, schema?.Enum?.OfType<Microsoft.OpenApi.Any.OpenApiString>().Select(v => v.Value).ToList() ?? []);

    /// <summary>The operation that <paramref name="method"/> and a file name's <paramref name="mangledPath"/> name, or null when no template fits.</summary>
    public IdentifiedRequest? Identify(string method, string mangledPath)
        => _templates
            .Where(t => t.Method == method)
            .Select(t => (Template: t, Values: t.Match(mangledPath)))
            .Where(m => m.Values is not null)
            .OrderByDescending(m => m.Template.LiteralLength)
            .ThenBy(m => m.Template.PathTemplate, StringComparer.Ordinal)
            .Select(m => new IdentifiedRequest(method, m.Template.PathTemplate, m.Template.OperationId, m.Values!))
            .FirstOrDefault();

    /// <summary>A path template cut into mangled literals around its parameters: literal, parameter, literal, …, literal.</summary>
    private sealed class Template(string method, string pathTemplate, string operationId, List<string> literals, List<(string Name, Regex? Rule)> parameters)
    {
        public string Method { get; } = method;

        public string PathTemplate { get; } = pathTemplate;

        public string OperationId { get; } = operationId;

        public int LiteralLength => literals.Sum(l => l.Length);

        public static Template Create(string method, string pathTemplate, string operationId, IReadOnlyDictionary<string, string?> patterns)
        {
            var literals = new List<string>();
            var parameters = new List<(string, Regex?)>();
            var position = 0;
            foreach (Match parameter in s_parameter.Matches(pathTemplate))
            {
                literals.Add(Recording.Mangle(pathTemplate[position..parameter.Index]));
                var name = parameter.Groups["name"].Value;
                // JSON Schema patterns are unanchored, as Regex.IsMatch is. The timeout guards against a runaway pattern,
                // not a slow machine: a loaded CI box once took over a second for a legitimate match.
                parameters.Add((name, patterns.TryGetValue(name, out var pattern) && pattern is not null
                    ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(30))
                    : null));
                position = parameter.Index + parameter.Length;
            }

            literals.Add(Recording.Mangle(pathTemplate[position..]));
            return new Template(method, pathTemplate, operationId, literals, parameters);
        }

        public Dictionary<string, string>? Match(string mangledPath) => Split(mangledPath, 0, 0, new Dictionary<string, string>(StringComparer.Ordinal));

        /// <summary>Lines up literal <paramref name="index"/> at <paramref name="at"/>, then gives parameter <paramref name="index"/> every length its rule allows.</summary>
        private Dictionary<string, string>? Split(string path, int index, int at, Dictionary<string, string> values)
        {
            var literal = literals[index];
            if (at + literal.Length > path.Length || string.CompareOrdinal(path, at, literal, 0, literal.Length) != 0)
            {
                return null;
            }

            at += literal.Length;
            if (index == parameters.Count)
            {
                return at == path.Length ? new Dictionary<string, string>(values, StringComparer.Ordinal) : null;
            }

            var (name, rule) = parameters[index];
            for (var end = at + 1; end <= path.Length; end++)
            {
                if (Unmangle(path[at..end], rule) is not { } value)
                {
                    continue;
                }

                values[name] = value;
                if (Split(path, index + 1, end, values) is { } found)
                {
                    return found;
                }
            }

            values.Remove(name);
            return null;
        }

        /// <summary>
        /// The value as the spec's rule allows it: as written, or with its <c>_</c> read as the <c>:</c> the file name
        /// also writes <c>_</c> (a process ID is <c>host:port</c>); null when neither fits.
        /// </summary>
        private static string? Unmangle(string written, Regex? rule)
        {
            if (rule is null || rule.IsMatch(written))
            {
                return written;
            }

            var withColons = written.Replace('_', ':');
            return withColons != written && rule.IsMatch(withColons) ? withColons : null;
        }
    }
}

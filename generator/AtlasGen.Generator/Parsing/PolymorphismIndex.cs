using Microsoft.OpenApi.Models;

namespace AtlasGen.Generator.Parsing;

/// <summary>
/// A pre-pass over the component schemas: which schemas are polymorphic bases, and which schema extends which.
/// A subtype either says so with allOf, or is named in a discriminator mapping and has every property of the base
/// (Atlas's limits: a mapping to a schema that repeats the base's properties instead of extending it).
/// </summary>
internal sealed class PolymorphismIndex
{
    private readonly Dictionary<string, string> _baseOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _derivedOf = new(StringComparer.Ordinal);

    public PolymorphismIndex(IDictionary<string, OpenApiSchema> schemas)
    {
        var components = schemas.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        foreach (var pair in components)
        {
            foreach (var part in pair.Value.AllOf ?? Array.Empty<OpenApiSchema>())
            {
                // Two schemas that allOf each other would make a circular base class.
                if (SchemaShapes.IsComponentRef(part) && part.Reference.Id != pair.Key && part.Discriminator is not null
                    && !_baseOf.ContainsKey(pair.Key) && !IsAncestor(pair.Key, part.Reference.Id))
                {
                    Link(pair.Key, part.Reference.Id);
                }
            }
        }

        foreach (var pair in components)
        {
            var mapping = pair.Value.Discriminator?.Mapping;
            if (mapping is null)
            {
                continue;
            }

            var baseProperties = PropertyNames(pair.Value);
            foreach (var target in mapping.Values.Select(ComponentId).Distinct(StringComparer.Ordinal))
            {
                if (target is null || target == pair.Key || _baseOf.ContainsKey(target) || !schemas.TryGetValue(target, out var targetSchema) || targetSchema is null)
                {
                    continue;
                }

                if (baseProperties.Count > 0 && baseProperties.IsSubsetOf(PropertyNames(targetSchema)) && !IsAncestor(target, pair.Key))
                {
                    Link(target, pair.Key);
                }
            }
        }
    }

    /// <summary>The base a component extends, if any.</summary>
    public string? BaseOf(string componentId) => _baseOf.TryGetValue(componentId, out var b) ? b : null;

    /// <summary>The components that extend this one, in name order.</summary>
    public IReadOnlyList<string> DerivedOf(string componentId)
        => _derivedOf.TryGetValue(componentId, out var list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

    public bool IsBase(string componentId) => _derivedOf.ContainsKey(componentId);

    /// <summary>The component id in a <c>#/components/schemas/X</c> reference.</summary>
    public static string? ComponentId(string reference)
    {
        const string Prefix = "#/components/schemas/";
        return reference.StartsWith(Prefix, StringComparison.Ordinal) ? reference.Substring(Prefix.Length) : null;
    }

    /// <summary>The JSON names of a schema's properties, through allOf.</summary>
    public static HashSet<string> PropertyNames(OpenApiSchema schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, names, new HashSet<OpenApiSchema>());
        return names;

        static void Collect(OpenApiSchema? s, HashSet<string> names, HashSet<OpenApiSchema> visited)
        {
            if (s is null || !visited.Add(s))
            {
                return;
            }

            foreach (var part in s.AllOf ?? Array.Empty<OpenApiSchema>())
            {
                Collect(part, names, visited);
            }

            foreach (var key in s.Properties?.Keys ?? Array.Empty<string>())
            {
                names.Add(key);
            }
        }
    }

    private bool IsAncestor(string candidate, string of)
    {
        for (var current = of; current is not null; current = BaseOf(current))
        {
            if (current == candidate)
            {
                return true;
            }
        }

        return false;
    }

    private void Link(string derived, string @base)
    {
        _baseOf[derived] = @base;
        if (!_derivedOf.TryGetValue(@base, out var list))
        {
            _derivedOf[@base] = list = new List<string>();
        }

        list.Add(derived);
    }
}

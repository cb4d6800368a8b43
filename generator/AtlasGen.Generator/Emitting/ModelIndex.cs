namespace AtlasGen.Generator.Emitting;

/// <summary>Lookups over one API model that several emitters need: types by name, bases, inherited properties.</summary>
internal sealed class ModelIndex
{
    private readonly Dictionary<string, ObjectModel> _objects;
    private readonly Dictionary<string, EnumModel> _enums;
    private readonly Dictionary<string, UnionModel> _unions;
    private readonly HashSet<string> _bases;

    public ModelIndex(ApiModel api)
    {
        ContextName = api.ClientName + "JsonContext";
        _objects = api.Types.OfType<ObjectModel>().ToDictionary(t => t.Name, StringComparer.Ordinal);
        _enums = api.Types.OfType<EnumModel>().ToDictionary(t => t.Name, StringComparer.Ordinal);
        _unions = api.Types.OfType<UnionModel>().ToDictionary(t => t.Name, StringComparer.Ordinal);
        _bases = new HashSet<string>(api.Types.OfType<ObjectModel>().Where(o => o.BaseName is not null).Select(o => o.BaseName!), StringComparer.Ordinal);
    }

    /// <summary>The client-direction JSON context the clients use.</summary>
    public string ContextName { get; }

    /// <summary>The class a reference names; null when it names no class.</summary>
    public ObjectModel? Object(TypeRef type) => type.Named == NamedKind.Object ? Object(type.Name) : null;

    /// <summary>The enum a reference names, for its members; null when it names no enum.</summary>
    public EnumModel? Enum(TypeRef type) => type.IsEnum && _enums.TryGetValue(type.Name, out var model) ? model : null;

    /// <summary>The union a reference names, for its variants; null when it names no union.</summary>
    public UnionModel? Union(TypeRef type) => type.Named == NamedKind.Union && _unions.TryGetValue(type.Name, out var model) ? model : null;

    /// <summary>A class by name (a base, a discriminator's or a union variant's type).</summary>
    public ObjectModel? Object(string name) => _objects.TryGetValue(name, out var model) ? model : null;

    public bool IsBase(string name) => _bases.Contains(name);

    /// <summary>The properties of a class and of its bases, base first, each with the class that declares it.</summary>
    public IEnumerable<(ObjectModel Declaring, PropertyModel Property)> AllProperties(ObjectModel model)
    {
        var chain = new List<ObjectModel>();
        for (var current = model; current is not null && chain.Count < 64; current = current.BaseName is null ? null : Object(current.BaseName))
        {
            chain.Insert(0, current);
        }

        return chain.SelectMany(c => c.Properties.Select(p => (c, p)));
    }

    /// <summary>
    /// For a subtype, the property its base discriminates on and the value that selects this subtype, so that a
    /// new instance carries its own discriminator; null when there is none to set.
    /// </summary>
    public (PropertyModel Property, string Value)? DiscriminatorOf(ObjectModel model)
    {
        for (var current = model.BaseName is null ? null : Object(model.BaseName); current is not null;
             current = current.BaseName is null ? null : Object(current.BaseName))
        {
            if (current.Discriminator is { } discriminator && discriminator.Mapping.FirstOrDefault(m => m.TypeName == model.Name) is { } mapping)
            {
                var property = AllProperties(model).Select(p => p.Property).FirstOrDefault(p => p.JsonName == discriminator.PropertyName);
                return property is null || property.IsReadOnly ? null : (property, mapping.Value);
            }
        }

        return null;
    }

    /// <summary>The root of a class's hierarchy, which declares the extension data the whole hierarchy shares.</summary>
    public ObjectModel Root(ObjectModel model)
    {
        var root = model;
        for (var depth = 0; depth < 64 && root.BaseName is not null && Object(root.BaseName) is { } parent; depth++)
        {
            root = parent;
        }

        return root;
    }

    /// <summary>True when the root's extension data holds properties the schema does not declare, rather than declared additionalProperties.</summary>
    public static bool IsTolerantBag(ObjectModel root) => root.AdditionalProperties is null;

    /// <summary>The field that holds a tolerant bag; internal, so that the JSON context can reach it.</summary>
    public const string TolerantBagField = "__additionalProperties";
}

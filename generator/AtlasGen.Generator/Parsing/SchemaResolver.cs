using Microsoft.OpenApi.Models;

namespace AtlasGen.Generator.Parsing;

/// <summary>
/// Maps schemas to <see cref="TypeRef"/>s, creating the type models they need on first use, so that only the
/// types reachable from the generated operations are emitted. Component types are registered before they are
/// built, which is what makes reference cycles safe.
/// </summary>
internal sealed class SchemaResolver
{
    /// <summary>A vendor extension that names an inline schema's generated type (the bundled spec uses it for roles).</summary>
    public const string TypeNameExtension = "x-atlasgen-type-name";

    private static readonly HashSet<string> s_objectMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private readonly IDictionary<string, OpenApiSchema> _components;
    private readonly DiagnosticSink _diagnostics;
    private readonly PolymorphismIndex _polymorphism;
    private readonly HashSet<string> _typeNames;
    private readonly Dictionary<string, TypeRef> _componentRefs = new(StringComparer.Ordinal);
    // The enums built so far, by their sorted values (several may list the same values under unrelated names): the
    // name each was built for, and the name it got (LimitName3 when LimitName was taken by other values).
    private readonly Dictionary<string, List<(string Wanted, string Name)>> _enumsByValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeModel> _types = new(StringComparer.Ordinal);
    // The member names each class claimed, so that a subtype's members don't hide its base's.
    private readonly Dictionary<string, HashSet<string>> _memberNames = new(StringComparer.Ordinal);

    // Deeper nesting than this is a cycle the other guards missed: typed as JSON, never a stack overflow.
    private const int MaxDepth = 64;
    private int _depth;

    public SchemaResolver(OpenApiDocument document, DiagnosticSink diagnostics, IEnumerable<string> reservedNames)
    {
        _components = document.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>();
        _diagnostics = diagnostics;
        _polymorphism = new PolymorphismIndex(_components);
        _typeNames = new HashSet<string>(reservedNames, StringComparer.Ordinal);
    }

    /// <summary>The type models created so far, in name order.</summary>
    public IEnumerable<TypeModel> Types => _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The object model built for a class name, for rules that read its properties (paging); null for any other kind.</summary>
    public ObjectModel? FindObject(TypeRef type) => type.Named == NamedKind.Object && _types.TryGetValue(type.Name, out var model) ? model as ObjectModel : null;

    /// <summary>Resolves a schema, naming any inline type it needs after <paramref name="nameHint"/>.</summary>
    public TypeRef Resolve(OpenApiSchema? schema, string nameHint, string pointer)
    {
        if (schema is null)
        {
            return TypeRef.Json;
        }

        if (schema.UnresolvedReference)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnresolvedReference, pointer, schema.Reference?.ReferenceV3 ?? "?", pointer);
            return TypeRef.Json;
        }

        if (_depth >= MaxDepth)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"The schema at {pointer} nests more than {MaxDepth} levels deep; it is kept as raw JSON (JsonElement)");
            return TypeRef.Json;
        }

        _depth++;
        try
        {
            return SchemaShapes.IsComponentRef(schema) ? ResolveComponent(schema.Reference.Id) : ResolveInline(schema, nameHint, pointer);
        }
        finally
        {
            _depth--;
        }
    }

    private TypeRef ResolveComponent(string id)
    {
        if (_componentRefs.TryGetValue(id, out var known))
        {
            return known;
        }

        var pointer = "#/components/schemas/" + id;
        if (!_components.TryGetValue(id, out var schema) || schema is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnresolvedReference, pointer, pointer, pointer);
            return _componentRefs[id] = TypeRef.Json;
        }

        var shape = SchemaShapes.Of(schema);
        if (shape is SchemaShape.Object or SchemaShape.Union)
        {
            // A union and a polymorphic base bring a converter class, whose name is claimed with theirs.
            Func<string, string>? converter = shape == SchemaShape.Union ? Emitting.TypeNames.UnionConverter
                : _polymorphism.IsBase(id) ? Emitting.TypeNames.PolymorphicConverter
                : null;
            var name = ClaimTypeName(OpenApiValues.Extension(schema.Extensions, TypeNameExtension) ?? Naming.Pascal(id), converter);
            // Registered before it is built, so that a cycle back to this schema finds it; a union that turns
            // out not to be a class (a oneOf of enums or primitives) replaces the entry with what it became.
            _componentRefs[id] = shape == SchemaShape.Object ? TypeRef.Object(name) : TypeRef.Union(name);
            return _componentRefs[id] = shape == SchemaShape.Object ? BuildObject(name, schema, pointer, id) : BuildUnion(name, schema, pointer);
        }

        // Aliases (arrays, maps, primitives, enums) take the component's name as their hint; the
        // placeholder stops an array that contains itself from recursing forever.
        _componentRefs[id] = TypeRef.Json;
        var resolved = ResolveInline(schema, Naming.Pascal(id), pointer);
        return _componentRefs[id] = resolved;
    }

    private TypeRef ResolveInline(OpenApiSchema schema, string nameHint, string pointer)
    {
        var hint = OpenApiValues.Extension(schema.Extensions, TypeNameExtension) ?? nameHint;
        switch (SchemaShapes.Of(schema))
        {
            case SchemaShape.Enum:
                return BuildEnum(hint, schema);
            case SchemaShape.Object:
                return BuildObject(ClaimTypeName(hint), schema, pointer, componentId: null);
            case SchemaShape.Union:
                return BuildUnion(ClaimTypeName(hint, Emitting.TypeNames.UnionConverter), schema, pointer);
            case SchemaShape.Array:
                return TypeRef.ListOf(Resolve(schema.Items, Naming.Singular(hint), pointer + "/items"));
            case SchemaShape.Map:
                return TypeRef.MapOf(Resolve(schema.AdditionalProperties, hint + "Value", pointer + "/additionalProperties"));
            case SchemaShape.String:
                return schema.Format == "date-time" ? TypeRef.DateTimeOffset : TypeRef.String;
            case SchemaShape.Boolean:
                return TypeRef.Boolean;
            case SchemaShape.Integer:
                return schema.Format == "int64" ? TypeRef.Int64 : TypeRef.Int32;
            case SchemaShape.Number:
                return schema.Format == "float" ? TypeRef.Float : TypeRef.Double;
            default:
                return TypeRef.Json;
        }
    }

    /// <param name="claimedName">A name already claimed for this schema (a oneOf that became an enum), else null.</param>
    private TypeRef BuildEnum(string hint, OpenApiSchema schema, string? claimedName = null)
    {
        var values = schema.Enum.Select(OpenApiValues.AsText).Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
        {
            // enum: [null] lists no value a string can take: a plain string says as much.
            return TypeRef.String;
        }

        // Declarations with the same values share one enum when its name fits them: theirs ends with its name, or its
        // name with theirs, in whole words (the integrationType parameter and ThirdPartyIntegration.type are one
        // IntegrationType). Otherwise each is named where it is declared: PagerDuty's region is PagerDutyRegion, never
        // the OpsGenieRegion that lists the same values.
        var key = string.Join("\u0000", values.OrderBy(v => v, StringComparer.Ordinal));
        if (!_enumsByValues.TryGetValue(key, out var sameValues))
        {
            _enumsByValues[key] = sameValues = new List<(string, string)>();
        }

        var wanted = Naming.Pascal(claimedName ?? hint);
        foreach (var existing in sameValues)
        {
            if (Naming.EndsWithWords(existing.Wanted, wanted) || Naming.EndsWithWords(wanted, existing.Wanted))
            {
                return TypeRef.Enum(existing.Name);
            }
        }

        var name = claimedName ?? ClaimTypeName(hint);
        sameValues.Add((wanted, name));
        var taken = new HashSet<string>(StringComparer.Ordinal) { name, "Value", "FromValue", "Parse", "IsKnown", "KnownValues" };
        taken.UnionWith(s_objectMembers);
        var members = values.Select(v => new EnumMember(Naming.Unique(Naming.Pascal(v), taken), v)).ToEquatableArray();
        _types[name] = new EnumModel(name, schema.Description, members);
        return TypeRef.Enum(name);
    }

    private TypeRef BuildObject(string name, OpenApiSchema schema, string pointer, string? componentId)
    {
        var reference = TypeRef.Object(name);
        // Only a base that becomes a class can be extended; one that is a oneOf becomes a (sealed) union instead.
        var baseComponent = componentId is null ? null : _polymorphism.BaseOf(componentId);
        if (baseComponent is not null && !BecomesSubclass(baseComponent))
        {
            baseComponent = null;
        }

        string? baseName = null;
        var inherited = new HashSet<string>(StringComparer.Ordinal);
        if (baseComponent is not null && _components.TryGetValue(baseComponent, out var baseSchema))
        {
            baseName = ResolveComponent(baseComponent).Name;
            inherited = PolymorphismIndex.PropertyNames(baseSchema);
        }

        // Collect properties through allOf, flattening every part except the base already inherited.
        var required = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<(string Json, OpenApiSchema Schema, string Pointer)>();
        var seen = new HashSet<string>(inherited, StringComparer.Ordinal);
        Collect(schema, pointer, new HashSet<OpenApiSchema>());

        var memberNames = new HashSet<string>(StringComparer.Ordinal) { name };
        memberNames.UnionWith(s_objectMembers);
        if (baseName is not null && _memberNames.TryGetValue(baseName, out var inheritedMembers))
        {
            memberNames.UnionWith(inheritedMembers);
        }

        var properties = new List<PropertyModel>();
        foreach (var (json, propertySchema, propertyPointer) in pending)
        {
            var pascal = Naming.Pascal(json);
            var csharpName = Naming.Unique(pascal == name ? pascal + "Value" : pascal, memberNames);
            var type = Resolve(propertySchema, name + pascal, propertyPointer);
            properties.Add(new PropertyModel(
                json,
                csharpName,
                type,
                required.Contains(json),
                propertySchema.Nullable,
                propertySchema.ReadOnly,
                propertySchema.WriteOnly,
                propertySchema.Description ?? propertySchema.Title,
                ConstraintReader.Read(propertySchema, _diagnostics, propertyPointer),
                OpenApiValues.AsText(propertySchema.Default)));
        }

        var additional = schema.AdditionalProperties is { } extra
            ? Resolve(extra, name + "AdditionalProperty", pointer + "/additionalProperties")
            : null;
        var extensionData = baseName is null ? ClaimExtensionData(memberNames, tolerant: additional is null) : null;
        // Claimed before the discriminator's subtypes are built, which inherit these names.
        _memberNames[name] = memberNames;
        var discriminator = componentId is not null && _polymorphism.IsBase(componentId) ? BuildDiscriminator(componentId, name, schema) : null;
        _types[name] = new ObjectModel(name, schema.Description ?? schema.Title, properties.ToEquatableArray(), baseName, discriminator, additional, extensionData);
        return reference;

        void Collect(OpenApiSchema current, string currentPointer, HashSet<OpenApiSchema> visited)
        {
            if (!visited.Add(current))
            {
                return;
            }

            var parts = current.AllOf ?? Array.Empty<OpenApiSchema>();
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                if (part is null || (SchemaShapes.IsComponentRef(part) && part.Reference.Id == baseComponent))
                {
                    continue;
                }

                Collect(part, SchemaShapes.IsComponentRef(part) ? "#/components/schemas/" + part.Reference.Id : currentPointer + "/allOf/" + i, visited);
            }

            required.UnionWith((current.Required ?? Enumerable.Empty<string>()).Where(n => n is not null));
            foreach (var property in current.Properties ?? new Dictionary<string, OpenApiSchema>())
            {
                if (seen.Add(property.Key))
                {
                    // "state:" with no schema allows any value.
                    pending.Add((property.Key, property.Value ?? new OpenApiSchema(), currentPointer + "/properties/" + property.Key));
                }
            }
        }
    }

    /// <summary>
    /// "AdditionalProperties", or "ExtraAdditionalProperties" when a property took it (and so on); the tolerant bag's
    /// Set/Remove methods must be free too. The names are claimed, so a subtype's properties don't take them either.
    /// </summary>
    private static ExtensionDataModel ClaimExtensionData(HashSet<string> memberNames, bool tolerant)
    {
        var name = "AdditionalProperties";
        while (memberNames.Contains(name) || (tolerant && (memberNames.Contains(SetterName(name)) || memberNames.Contains(RemoverName(name)))))
        {
            name = "Extra" + name;
        }

        var extensionData = new ExtensionDataModel(name, SetterName(name), RemoverName(name));
        memberNames.Add(extensionData.Name);
        if (tolerant)
        {
            memberNames.Add(extensionData.SetterName);
            memberNames.Add(extensionData.RemoverName);
        }

        return extensionData;

        // "SetAdditionalProperty" and "RemoveAdditionalProperty" for "AdditionalProperties".
        static string SetterName(string bagName) => "Set" + Singular(bagName);
        static string RemoverName(string bagName) => "Remove" + Singular(bagName);
        static string Singular(string bagName) => bagName.Substring(0, bagName.Length - "ies".Length) + "y";
    }

    private DiscriminatorModel BuildDiscriminator(string componentId, string name, OpenApiSchema schema)
    {
        var mapping = new List<DiscriminatorMapping>();
        var explicitMapping = schema.Discriminator?.Mapping;
        if (explicitMapping is { Count: > 0 })
        {
            foreach (var entry in explicitMapping)
            {
                var target = PolymorphismIndex.ComponentId(entry.Value);
                if (target == componentId)
                {
                    mapping.Add(new DiscriminatorMapping(entry.Key, name));
                }
                else if (target is not null && _polymorphism.BaseOf(target) == componentId && BecomesSubclass(target))
                {
                    mapping.Add(new DiscriminatorMapping(entry.Key, ResolveComponent(target).Name));
                }
                else if (OwnProperties(target, schema) is { Count: > 0 } own)
                {
                    // A C# class has one base: a schema several discriminators map to extends only the first. Read as this
                    // base, the body still loses nothing: what the base doesn't declare lands in its AdditionalProperties.
                    _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, "#/components/schemas/" + componentId + "/discriminator",
                        $"The discriminator of '{componentId}' maps '{entry.Key}' to '{entry.Value}', which is not a subtype of '{componentId}'; that value is read as '{name}', and {string.Join(", ", own)} go to its AdditionalProperties");
                }
            }
        }

        // Subtypes the mapping doesn't name are selected by their schema name, as OpenAPI specifies.
        foreach (var derived in _polymorphism.DerivedOf(componentId))
        {
            var derivedName = ResolveComponent(derived).Name;
            if (BecomesSubclass(derived) && !mapping.Any(m => m.TypeName == derivedName))
            {
                mapping.Add(new DiscriminatorMapping(derived, derivedName));
            }
        }

        return new DiscriminatorModel(schema.Discriminator?.PropertyName ?? "type", mapping.ToEquatableArray());
    }

    /// <summary>The properties a mapping target declares that the base does not (all of them when the target is missing).</summary>
    private List<string> OwnProperties(string? target, OpenApiSchema baseSchema)
    {
        if (target is null || !_components.TryGetValue(target, out var targetSchema) || targetSchema is null)
        {
            return new List<string> { "all its properties" };
        }

        var inherited = PolymorphismIndex.PropertyNames(baseSchema);
        return PolymorphismIndex.PropertyNames(targetSchema).Where(p => !inherited.Contains(p)).OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// True when a component of a class hierarchy becomes a class; one that is also a oneOf becomes a union and can
    /// take no part in inheritance. Decided from the schema, because the other side may still be under construction
    /// when this is asked (a subtype resolved first builds its base).
    /// </summary>
    private bool BecomesSubclass(string componentId)
        => _components.TryGetValue(componentId, out var schema) && schema is not null && SchemaShapes.Of(schema) == SchemaShape.Object;

    private TypeRef BuildUnion(string name, OpenApiSchema schema, string pointer)
    {
        var keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        // A $ref to something that isn't a schema (#/info) leaves a null behind: it allows any JSON.
        var parts = (schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf).Select(p => p ?? new OpenApiSchema()).ToList();
        if (parts.All(IsStringLike))
        {
            // A oneOf of string enums (Atlas's instance sizes per cloud provider) is one enum of all their values.
            return parts.All(p => p.Enum is { Count: > 0 }) ? BuildEnum(name, MergedEnum(parts, schema.Description), claimedName: name) : TypeRef.String;
        }

        var variants = new List<(TypeRef Type, OpenApiSchema Schema, string? MappedFrom)>();
        for (var i = 0; i < parts.Count; i++)
        {
            var type = Resolve(parts[i], name + "Variant" + (i + 1), pointer + "/" + keyword + "/" + i);
            if (type.Kind != TypeRefKind.Named || type.IsEnum)
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/" + keyword,
                    $"The {keyword} at {pointer} has a variant that is not an object; the value is kept as raw JSON (JsonElement)");
                return TypeRef.Json;
            }

            // A oneOf that lists itself adds nothing (and a union can't wrap its own type).
            if (type.Name != name && !variants.Any(v => v.Type == type))
            {
                variants.Add((type, parts[i], SchemaShapes.IsComponentRef(parts[i]) ? parts[i].Reference.Id : null));
            }
        }

        var discriminator = schema.Discriminator?.PropertyName ?? InferDiscriminator(variants.Select(v => v.Schema).ToList());
        var valuesByVariant = discriminator is null ? null : DiscriminatorValues(schema, variants.Select(v => (v.Schema, v.MappedFrom)).ToList(), discriminator);
        var models = new List<UnionVariant>();
        for (var i = 0; i < variants.Count; i++)
        {
            var requiredProperties = RequiredNames(variants[i].Schema).OrderBy(n => n, StringComparer.Ordinal);
            var declared = PolymorphismIndex.PropertyNames(variants[i].Schema).OrderBy(n => n, StringComparer.Ordinal);
            var values = valuesByVariant?[i] ?? new List<string>();
            models.Add(new UnionVariant(variants[i].Type.Name, values.ToEquatableArray(), requiredProperties.ToEquatableArray(), declared.ToEquatableArray()));
        }

        _types[name] = new UnionModel(name, schema.Description ?? schema.Title, models.ToEquatableArray(), discriminator);
        return TypeRef.Union(name);
    }

    private static bool IsStringLike(OpenApiSchema schema) => SchemaShapes.Of(schema) is SchemaShape.Enum or SchemaShape.String;

    private static OpenApiSchema MergedEnum(IEnumerable<OpenApiSchema> parts, string? description)
    {
        var merged = new OpenApiSchema { Type = "string", Description = description };
        foreach (var value in parts.SelectMany(p => p.Enum))
        {
            merged.Enum.Add(value);
        }

        return merged;
    }

    /// <summary>
    /// Infers the discriminator of a oneOf without one: a property every variant declares as an enum (inline, a $ref,
    /// or a oneOf of enums), whose values tell the variants apart (Atlas's integration <c>type</c>, alert <c>eventTypeName</c>).
    /// </summary>
    private static string? InferDiscriminator(IReadOnlyList<OpenApiSchema> variants)
    {
        if (variants.Count < 2)
        {
            return null;
        }

        foreach (var candidate in PolymorphismIndex.PropertyNames(variants[0]).OrderBy(n => n, StringComparer.Ordinal))
        {
            var values = variants.Select(v => EnumValues(FindProperty(v, candidate))).ToList();
            if (values.Any(v => v is not { Count: > 0 }) || !TellsApart(values!))
            {
                continue;
            }

            return candidate;
        }

        return null;
    }

    /// <summary>
    /// The specific variants must list disjoint values (instance sizes that several providers list don't tell them apart),
    /// or exactly the same ones (two alert kinds with the same event types: their properties tell them apart); one
    /// catch-all variant, the one listing the most, may repeat theirs, as Atlas's default alert does.
    /// </summary>
    private static bool TellsApart(IReadOnlyList<List<string>> values)
    {
        var sets = values.Select(v => new HashSet<string>(v, StringComparer.Ordinal)).ToList();
        var specific = Enumerable.Range(0, values.Count).OrderBy(i => values[i].Count).ThenBy(i => i).Take(values.Count - 1).ToList();
        foreach (var a in specific)
        {
            foreach (var b in specific.Where(b => b > a))
            {
                if (sets[a].Overlaps(sets[b]) && !sets[a].SetEquals(sets[b]))
                {
                    return false;
                }
            }
        }

        return Enumerable.Range(0, values.Count).All(i => values[i].Any(v => SelectedBy(v, values, i)));
    }

    /// <summary>The values that select each variant: the mapping's, else the variant's enum for the property, else its schema name.</summary>
    private static List<List<string>> DiscriminatorValues(OpenApiSchema union, IReadOnlyList<(OpenApiSchema Schema, string? ComponentId)> variants, string property)
    {
        var values = variants.Select(variant =>
        {
            var mapped = union.Discriminator?.Mapping?.Where(m => variant.ComponentId is not null && PolymorphismIndex.ComponentId(m.Value) == variant.ComponentId).Select(m => m.Key).ToList();
            if (mapped is { Count: > 0 })
            {
                return mapped;
            }

            return EnumValues(FindProperty(variant.Schema, property)) ?? (variant.ComponentId is null ? new List<string>() : new List<string> { variant.ComponentId });
        }).ToList();
        return Enumerable.Range(0, values.Count).Select(i => values[i].Where(v => SelectedBy(v, values, i)).ToList()).ToList();
    }

    /// <summary>
    /// A value selects the variants that list it with the fewest values, i.e. the most specific: a catch-all "default"
    /// variant that lists every event type keeps only those no specific variant claims. Equally specific variants
    /// that list the same value all keep it; the properties present tell them apart.
    /// </summary>
    private static bool SelectedBy(string value, IReadOnlyList<List<string>> values, int variant)
    {
        var fewest = Enumerable.Range(0, values.Count).Where(i => values[i].Contains(value)).Min(i => values[i].Count);
        return values[variant].Count == fewest;
    }

    private static List<string>? EnumValues(OpenApiSchema? schema)
    {
        if (schema is null)
        {
            return null;
        }

        if (schema.Enum is { Count: > 0 })
        {
            return schema.Enum.Select(OpenApiValues.AsText).Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal).ToList();
        }

        var parts = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
        return parts is { Count: > 0 } && parts.All(p => p.Enum is { Count: > 0 })
            ? parts.SelectMany(p => p.Enum).Select(OpenApiValues.AsText).Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal).ToList()
            : null;
    }

    private static OpenApiSchema? FindProperty(OpenApiSchema schema, string name) => FindProperty(schema, name, new HashSet<OpenApiSchema>());

    private static OpenApiSchema? FindProperty(OpenApiSchema? schema, string name, HashSet<OpenApiSchema> visited)
    {
        if (schema is null || !visited.Add(schema))
        {
            return null;
        }

        if (schema.Properties is not null && schema.Properties.TryGetValue(name, out var property) && property is not null)
        {
            return property;
        }

        return (schema.AllOf ?? Array.Empty<OpenApiSchema>()).Select(part => FindProperty(part, name, visited)).FirstOrDefault(p => p is not null);
    }

    private static IEnumerable<string> RequiredNames(OpenApiSchema schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, new HashSet<OpenApiSchema>());
        return names;

        void Collect(OpenApiSchema? current, HashSet<OpenApiSchema> visited)
        {
            if (current is not null && visited.Add(current))
            {
                names.UnionWith((current.Required ?? Enumerable.Empty<string>()).Where(n => n is not null));
                foreach (var part in current.AllOf ?? Array.Empty<OpenApiSchema>())
                {
                    Collect(part, visited);
                }
            }
        }
    }

    /// <param name="companion">The name of a class the type brings along (its converter), which must be free too and is claimed with it.</param>
    private string ClaimTypeName(string candidate, Func<string, string>? companion = null)
    {
        var name = Naming.Pascal(candidate);
        // "String", "ListWidget" or "Default" would share a JSON accessor with string, List<Widget> or the context's Default: such a name gets a suffix.
        if (Emitting.TypeNames.MayShareAccessor(name))
        {
            _typeNames.Add(name);
        }

        var claimed = name;
        for (var i = 2; _typeNames.Contains(claimed) || (companion is not null && _typeNames.Contains(companion(claimed))); i++)
        {
            claimed = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _typeNames.Add(claimed);
        if (companion is not null)
        {
            _typeNames.Add(companion(claimed));
        }

        return claimed;
    }
}

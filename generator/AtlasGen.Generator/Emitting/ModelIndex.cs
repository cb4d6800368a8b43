using System;
using System.Collections.Generic;
using System.Linq;
using AtlasGen.Generator.Model;

namespace AtlasGen.Generator.Emitting;

/// <summary>Lookups over one API model that several emitters need: types by name, bases, inherited properties.</summary>
internal sealed class ModelIndex
{
    private readonly Dictionary<string, TypeModel> _types;
    private readonly HashSet<string> _bases;

    public ModelIndex(ApiModel api)
    {
        ContextName = api.ClientName + "JsonContext";
        _types = api.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _bases = new HashSet<string>(api.Types.OfType<ObjectModel>().Where(o => o.BaseName is not null).Select(o => o.BaseName!), StringComparer.Ordinal);
    }

    /// <summary>The client-direction JSON context the clients use.</summary>
    public string ContextName { get; }

    public TypeModel? FindType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public bool IsBase(string name) => _bases.Contains(name);

    /// <summary>The properties of a class and of its bases, base first, each with the class that declares it.</summary>
    public IEnumerable<(ObjectModel Declaring, PropertyModel Property)> AllProperties(ObjectModel model)
    {
        var chain = new List<ObjectModel>();
        for (var current = model; current is not null && chain.Count < 64; current = current.BaseName is null ? null : FindType(current.BaseName) as ObjectModel)
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
        for (var current = model.BaseName is null ? null : FindType(model.BaseName) as ObjectModel; current is not null;
             current = current.BaseName is null ? null : FindType(current.BaseName) as ObjectModel)
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
        for (var depth = 0; depth < 64 && root.BaseName is not null && FindType(root.BaseName) is ObjectModel parent; depth++)
        {
            root = parent;
        }

        return root;
    }

    /// <summary>
    /// The name of the extension data a class declares, or null when it inherits it. Every root class has one: a public
    /// dictionary when its schema declares additionalProperties (the extras are part of the schema, so they are sent),
    /// else the read-only bag of the tolerant reader (see <see cref="IsTolerantBag"/>).
    /// </summary>
    public string? ExtensionDataName(ObjectModel model)
    {
        if (model.BaseName is not null && FindType(model.BaseName) is ObjectModel)
        {
            return null;
        }

        var taken = new HashSet<string>(AllProperties(model).Select(p => p.Property.Name), StringComparer.Ordinal) { model.Name };
        var name = "AdditionalProperties";
        while (taken.Contains(name) || (IsTolerantBag(model) && (taken.Contains(SetterName(name)) || taken.Contains(RemoverName(name)))))
        {
            name = "Extra" + name;
        }

        return name;
    }

    /// <summary>True when the root's extension data holds properties the schema does not declare, rather than declared additionalProperties.</summary>
    public static bool IsTolerantBag(ObjectModel root) => root.AdditionalProperties is null;

    /// <summary>"SetAdditionalProperty" for "AdditionalProperties": the method that adds a property client requests send.</summary>
    public static string SetterName(string bagName) => "Set" + Singular(bagName);

    /// <summary>"RemoveAdditionalProperty" for "AdditionalProperties".</summary>
    public static string RemoverName(string bagName) => "Remove" + Singular(bagName);

    /// <summary>The field that holds a tolerant bag; internal, so that the JSON context can reach it.</summary>
    public const string TolerantBagField = "__additionalProperties";

    private static string Singular(string bagName) => bagName.EndsWith("Properties", StringComparison.Ordinal) ? bagName.Substring(0, bagName.Length - 3) + "y" : bagName;
}

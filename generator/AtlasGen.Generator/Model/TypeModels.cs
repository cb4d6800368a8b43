namespace AtlasGen.Generator.Model;

/// <summary>A type the generator emits.</summary>
internal abstract record TypeModel(string Name, string? Description)
{
    /// <summary>A reference to this type, of its kind.</summary>
    public abstract TypeRef Reference { get; }
}

/// <summary>An object schema: a class with properties.</summary>
/// <param name="BaseName">The generated base class, when the schema extends a polymorphic base (allOf or a discriminator mapping).</param>
/// <param name="Discriminator">Set on a polymorphic base: how to pick the concrete type when reading.</param>
/// <param name="AdditionalProperties">The value type of extra properties, when the schema allows them.</param>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    string? BaseName,
    DiscriminatorModel? Discriminator,
    TypeRef? AdditionalProperties) : TypeModel(Name, Description)
{
    public override TypeRef Reference => TypeRef.Object(Name);
}

/// <summary>A property of an object model.</summary>
internal sealed record PropertyModel(
    string JsonName,
    string Name,
    TypeRef Type,
    bool IsRequired,
    bool IsNullable,
    bool IsReadOnly,
    bool IsWriteOnly,
    string? Description,
    Constraints Constraints,
    string? DefaultValue);

/// <summary>How a polymorphic base picks its concrete type from a property's value.</summary>
/// <param name="PropertyName">The JSON property that holds the discriminator.</param>
/// <param name="Mapping">Discriminator value to generated type name; the base itself may appear.</param>
internal sealed record DiscriminatorModel(string PropertyName, EquatableArray<DiscriminatorMapping> Mapping);

internal sealed record DiscriminatorMapping(string Value, string TypeName);

/// <summary>A string enum: an extensible readonly struct.</summary>
internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMember> Members) : TypeModel(Name, Description)
{
    public override TypeRef Reference => TypeRef.Enum(Name);
}

internal sealed record EnumMember(string Name, string Value);

/// <summary>A oneOf: a wrapper that holds one variant, or the raw JSON of a variant it does not know.</summary>
/// <param name="DiscriminatorProperty">The JSON property that names the variant, given by the spec or inferred from single-value enums.</param>
internal sealed record UnionModel(string Name, string? Description, EquatableArray<UnionVariant> Variants, string? DiscriminatorProperty) : TypeModel(Name, Description)
{
    public override TypeRef Reference => TypeRef.Union(Name);
}

/// <summary>One variant of a union: the discriminator values that select it and the properties that identify it.</summary>
/// <param name="DiscriminatorValues">Values that select this variant; a value several variants share is settled by their properties.</param>
/// <param name="RequiredProperties">What a body must carry to be this variant.</param>
/// <param name="Properties">Every property the variant declares, through allOf: the body's properties are matched against them.</param>
internal sealed record UnionVariant(string TypeName, EquatableArray<string> DiscriminatorValues, EquatableArray<string> RequiredProperties, EquatableArray<string> Properties);

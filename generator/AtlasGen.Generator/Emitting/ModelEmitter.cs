namespace AtlasGen.Generator.Emitting;

/// <summary>Emits the classes of object schemas. JSON shape lives in the JSON context, so the classes carry no STJ attributes.</summary>
internal static class ModelEmitter
{
    public static string Emit(ApiModel api, ModelIndex index)
    {
        var types = new TypeNames(api.Namespace);
        var writer = SourceWriter.StartFile(api.Namespace);
        foreach (var model in api.Types.OfType<ObjectModel>())
        {
            EmitClass(writer, model, types, index);
        }

        return writer.EndFile();
    }

    private static void EmitClass(SourceWriter writer, ObjectModel model, TypeNames types, ModelIndex index)
    {
        writer.Doc("summary", DocMarkup.FromSpec(model.Description) ?? $"The {model.Name} schema.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        var modifier = index.IsBase(model.Name) ? "" : "sealed ";
        var inheritance = model.BaseName is null ? $" : {Validatable}" : $" : global::{types.Namespace}.{model.BaseName}";
        writer.Open($"public {modifier}partial class {model.Name}{inheritance}");
        EmitDiscriminatorConstructor(writer, model, types, index);
        foreach (var property in model.Properties)
        {
            EmitProperty(writer, property, types, index);
        }

        if (model.ExtensionData is { } extensionData)
        {
            EmitExtensionData(writer, model, extensionData);
        }

        EmitValidation(writer, model, index);
        writer.Close();
        writer.Line();
    }

    /// <summary>A subtype presets its discriminator, so that what it sends says which subtype it is.</summary>
    private static void EmitDiscriminatorConstructor(SourceWriter writer, ObjectModel model, TypeNames types, ModelIndex index)
    {
        if (index.DiscriminatorOf(model) is not { } discriminator)
        {
            return;
        }

        var value = discriminator.Property.Type.Kind switch
        {
            TypeRefKind.String => TypeNames.Literal(discriminator.Value),
            TypeRefKind.Named when discriminator.Property.Type.IsEnum => $"{types.Of(discriminator.Property.Type)}.FromValue({TypeNames.Literal(discriminator.Value)})",
            _ => null,
        };
        if (value is not null)
        {
            writer.Member($"Creates the object with its discriminator, {SourceWriter.Escape(discriminator.Property.JsonName)}, set to {SourceWriter.Escape(discriminator.Value)}.", $"public {model.Name}() => {discriminator.Property.Name} = {value};");
        }
    }

    private const string Validatable = "global::AtlasGen.Runtime.IAtlasValidatable";

    /// <summary>
    /// Declared additionalProperties are part of the schema: a dictionary the user fills and requests send. Anything
    /// else the server sends is kept read-only, so that nothing is lost, and requests send only what the user sets.
    /// </summary>
    private static void EmitExtensionData(SourceWriter writer, ObjectModel model, ExtensionDataModel extensionData)
    {
        var name = extensionData.Name;
        const string Json = "global::System.Text.Json.JsonElement";
        if (!ModelIndex.IsTolerantBag(model))
        {
            writer.Line();
            writer.Doc("summary", "The properties the schema allows beyond those it names (additionalProperties), as raw JSON.");
            writer.Line($"public global::System.Collections.Generic.Dictionary<string, {Json}>? {name} {{ get; set; }}");
            return;
        }

        const string Bag = "global::AtlasGen.Runtime.AtlasAdditionalProperties";
        writer.Line();
        writer.Line($"internal {Bag}? {ModelIndex.TolerantBagField};");
        writer.Line();
        writer.Doc("summary", "The JSON properties the schema does not declare, as the server sent them, so that nothing it sends is lost.");
        writer.Line($"/// <remarks>Client requests do not send these, since Atlas rejects fields it does not accept; <see cref=\"{extensionData.SetterName}\"/> adds one that they send.</remarks>");
        writer.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {Json}> {name} => {Bag}.View({ModelIndex.TolerantBagField});");
        writer.Line();
        writer.Line($"/// <summary>Sets a property the schema does not declare, which client requests then send; it also appears in <see cref=\"{name}\"/>.</summary>");
        writer.Line($"public void {extensionData.SetterName}(string name, {Json} value) => ({ModelIndex.TolerantBagField} ??= new()).Set(name, value);");
        writer.Line();
        writer.Doc("summary", "Removes a property the schema does not declare, whether it was read or set; true when there was one.");
        writer.Line($"public bool {extensionData.RemoverName}(string name) => {ModelIndex.TolerantBagField}?.Remove(name) ?? false;");
    }

    /// <summary>
    /// The checks a request body runs before it is sent. A class hierarchy shares one virtual method, so a
    /// subtype adds its own properties' checks to its base's.
    /// </summary>
    private static void EmitValidation(SourceWriter writer, ObjectModel model, ModelIndex index)
    {
        var checks = new List<string>();
        foreach (var property in model.Properties.Where(p => !p.IsReadOnly))
        {
            var name = $"path + {TypeNames.Literal("." + property.JsonName)}";
            checks.AddRange(ConstraintEmitter.Checks(property.Constraints, property.Type, property.Name, name));
            if (MayHoldModels(property.Type, index))
            {
                checks.Add($"global::AtlasGen.Runtime.AtlasArgument.Nested({property.Name}, {name});");
            }
        }

        var isBase = index.IsBase(model.Name);
        // Nothing of its own to check: a subtype keeps its base's method, and a plain class validates to nothing.
        if (checks.Count == 0 && model.BaseName is not null)
        {
            return;
        }

        writer.Line();
        if (checks.Count == 0 && !isBase)
        {
            writer.Line($"void {Validatable}.Validate(string path) {{ }}");
            return;
        }

        if (model.BaseName is null)
        {
            writer.Line($"void {Validatable}.Validate(string path) => __ValidateProperties(path);");
            writer.Line();
        }

        var signature = model.BaseName is not null ? "protected override void" : isBase ? "protected virtual void" : "private void";
        if (checks.Count == 0)
        {
            writer.Line($"{signature} __ValidateProperties(string path) {{ }}");
            return;
        }

        writer.Open($"{signature} __ValidateProperties(string path)");
        if (model.BaseName is not null)
        {
            writer.Line("base.__ValidateProperties(path);");
        }

        foreach (var check in checks)
        {
            writer.Line(check);
        }

        writer.Close();
    }

    private static bool MayHoldModels(TypeRef type, ModelIndex index) => type.Kind switch
    {
        TypeRefKind.Named => type.IsModelClass,
        TypeRefKind.List or TypeRefKind.Map => MayHoldModels(type.Element!, index),
        _ => false,
    };

    private static void EmitProperty(SourceWriter writer, PropertyModel property, TypeNames types, ModelIndex index)
    {
        writer.Doc("summary", DocMarkup.FromSpec(property.Description ?? property.JsonName));
        var remarks = new List<string>();
        if (property.IsReadOnly)
        {
            remarks.Add("Read-only: the server sets it, and a client never sends it.");
        }

        if (property.IsWriteOnly)
        {
            remarks.Add("Write-only in the spec: the server is not meant to return it, but it is read when a response carries it.");
        }

        if (property.IsRequired)
        {
            remarks.Add("Required by the spec.");
        }

        writer.Doc("remarks", remarks.Count == 0 ? null : string.Join(" ", remarks));
        var attributes = ConstraintEmitter.Attributes(property.Constraints);
        if (attributes.Length > 0)
        {
            writer.Line(attributes);
        }

        var nullable = PropertyShapes.IsNullable(property);
        var initializer = PropertyShapes.Initializer(property, index, types);
        writer.Line($"public {types.Of(property.Type, nullable)} {property.Name} {{ get; set; }}{initializer}");
    }
}

/// <summary>How a property is declared in C#: nullability and initial value follow required, nullable and single-value enums.</summary>
internal static class PropertyShapes
{
    /// <summary>Optional or <c>nullable</c> properties are nullable in C#, so "absent" is representable.</summary>
    public static bool IsNullable(PropertyModel property) => !property.IsRequired || property.IsNullable;

    public static string Initializer(PropertyModel property, ModelIndex index, TypeNames types)
    {
        // A one-value enum (a oneOf variant's "type": "DATADOG") is preset, so callers need not repeat it.
        if (!property.IsReadOnly && index.Enum(property.Type) is { Members.Count: 1 } single)
        {
            return $" = global::{types.Namespace}.{single.Name}.{single.Members[0].Name};";
        }

        if (IsNullable(property))
        {
            return "";
        }

        return property.Type.Kind switch
        {
            TypeRefKind.List or TypeRefKind.Map => " = new();",
            TypeRefKind.String or TypeRefKind.Named when !property.Type.IsValueType => " = default!;",
            _ => "",
        };
    }
}

using static AtlasGen.Generator.Emitting.JsonNamespaces;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits a JsonSerializerContext built only on <c>JsonMetadataServices</c> (the STJ generator can't see generated
/// types). The client context never sends readOnly properties and reads every property a response carries; the server
/// context never reads readOnly properties from a request, writes writeOnly ones only when set, and enforces required
/// request properties.
/// </summary>
internal static class JsonContextEmitter
{
    private const string Runtime = "global::AtlasGen.Runtime";

    /// <summary>The context's record of the types reached so far (<c>AtlasReachedJsonTypes</c>).</summary>
    private const string Reached = "__reachedTypes";

    public static string Emit(ApiModel api, ModelIndex index, bool server)
    {
        var types = new TypeNames(api.Namespace);
        var name = server ? api.ClientName + "ServerJsonContext" : index.ContextName;
        var entries = JsonTypeSet.Collect(api);
        var writer = SourceWriter.StartFile(api.Namespace);
        writer.Doc("summary", server
            ? $"JSON metadata for a server of {SourceWriter.Escape(api.Title)}: writes readOnly properties, writes writeOnly ones only when set, and requires required request properties. No reflection."
            : $"JSON metadata for the {SourceWriter.Escape(api.Title)} client: every model, enum and collection, without reflection, so the client runs trimmed and in NativeAOT.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public sealed partial class {name} : {Json}.Serialization.JsonSerializerContext, {Metadata}.IJsonTypeInfoResolver");
        writer.Member($"private static readonly {Json}.JsonSerializerOptions s_defaultOptions = new();");
        writer.Member("The shared instance, over default options.", $"public static {name} Default {{ get; }} = new(new {Json}.JsonSerializerOptions(s_defaultOptions));");
        writer.Member($"protected override {Json}.JsonSerializerOptions? GeneratedSerializerOptions {{ get; }} = s_defaultOptions;");
        writer.Member($"public {name}() : base(null) {{ }}");
        writer.Member($"public {name}({Json}.JsonSerializerOptions options) : base(options) {{ }}");
        writer.Member($"private readonly global::AtlasGen.Runtime.AtlasReachedJsonTypes {Reached} = new();");

        foreach (var (type, nullable) in entries)
        {
            var accessor = TypeNames.Accessor(type, nullable);
            var csharp = types.Of(type, nullable);
            writer.Line($"private {Metadata}.JsonTypeInfo<{csharp}>? __{accessor};");
            writer.Line($"public {Metadata}.JsonTypeInfo<{csharp}> {accessor} => __{accessor} ??= {Reached}.Resolve<{csharp}>(Options, Create_{TypeNames.Accessor(type, nullable)});");
            writer.Line();
        }

        // A lookup by type reaches the type first, so the options resolve it whatever the feature switch says.
        writer.Open($"public override {Metadata}.JsonTypeInfo? GetTypeInfo(global::System.Type type)");
        writer.Open("if (FactoryOf(type) is { } factory)");
        writer.Line($"{Reached}.Add(type, factory);");
        writer.Close();
        writer.Line();
        writer.Line("Options.TryGetTypeInfo(type, out var typeInfo);");
        writer.Line("return typeInfo;");
        writer.Close();
        writer.Line();
        // What the options ask: the reached types, and every type only while the switch is on, so that a trimmed app
        // keeps no metadata but what its calls reach.
        writer.Line($"{Metadata}.JsonTypeInfo? {Metadata}.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, {Json}.JsonSerializerOptions options)");
        writer.Line($"    => {Reached}.Create(type, options) ?? (global::AtlasGen.Runtime.AtlasJsonFeatures.ResolvesEveryType ? FactoryOf(type)?.Invoke(options) : null);");
        writer.Line();
        writer.Open($"private global::System.Func<{Json}.JsonSerializerOptions, {Metadata}.JsonTypeInfo>? FactoryOf(global::System.Type type)");
        foreach (var (type, nullable) in entries)
        {
            writer.Open($"if (type == typeof({types.Of(type, nullable)}))");
            writer.Line($"return Create_{TypeNames.Accessor(type, nullable)};");
            writer.Close();
        }

        writer.Line("return null;");
        writer.Close();
        writer.Line();
        foreach (var (type, nullable) in entries)
        {
            EmitCreate(writer, type, nullable, types, index, server, name);
        }

        writer.Close();
        return writer.EndFile();
    }

    private static void EmitCreate(SourceWriter writer, TypeRef type, bool nullable, TypeNames types, ModelIndex index, bool server, string contextName)
    {
        var accessor = TypeNames.Accessor(type, nullable);
        var csharp = types.Of(type, nullable);
        var model = nullable ? null : index.Object(type);
        var isBase = model is { Discriminator: not null } && index.IsBase(model.Name);
        if (model is not null && !isBase)
        {
            // A plain object's metadata is its Create method itself: a forwarding method per model costs compile time.
            EmitObjectInfo(writer, model, csharp, types, index, server, $"private {Metadata}.JsonTypeInfo<{csharp}> Create_{accessor}");
            return;
        }

        writer.Open($"private {Metadata}.JsonTypeInfo<{csharp}> Create_{accessor}({Json}.JsonSerializerOptions options)");
        if (nullable)
        {
            Reach(writer, type, false, types);
            Value(writer, csharp, $"{Metadata}.JsonMetadataServices.GetNullableConverter<{types.Of(type)}>(options)");
        }
        else
        {
            switch (type.Kind)
            {
                // Collections go through the runtime's helpers: an object initializer and a lambda per collection type
                // cost the trim analyzer a dataflow pass each.
                case TypeRefKind.List:
                    Reach(writer, type.Element!, false, types);
                    writer.Line($"return {Runtime}.AtlasJsonMetadata.ListOf<{types.Of(type.Element!)}>(options, this);");
                    break;
                case TypeRefKind.Map:
                    Reach(writer, TypeRef.String, false, types);
                    Reach(writer, type.Element!, false, types);
                    writer.Line($"return {Runtime}.AtlasJsonMetadata.DictionaryOf<{types.Of(type.Element!)}>(options, this);");
                    break;
                case TypeRefKind.Named:
                    EmitNamedCreate(writer, type, csharp, types, index);
                    break;
                default:
                    Value(writer, csharp, $"{Metadata}.JsonMetadataServices.{PrimitiveConverter(type.Kind)}");
                    break;
            }
        }

        writer.Close();
        writer.Line();
        if (isBase)
        {
            // A discriminated base: Create_ answers with its converter, which reads the base itself through CreateObject_.
            EmitObjectInfo(writer, model!, csharp, types, index, server, $"internal {Metadata}.JsonTypeInfo<{csharp}> CreateObject_{model!.Name}");
            PolymorphicConverterEmitter.Emit(writer, model, types, contextName);
        }
    }

    private static void EmitNamedCreate(SourceWriter writer, TypeRef type, string csharp, TypeNames types, ModelIndex index)
    {
        switch (type.Named)
        {
            case NamedKind.Enum:
                Value(writer, csharp, $"global::AtlasGen.Runtime.AtlasEnumJsonConverter<{csharp}>.Instance");
                break;
            case NamedKind.Union:
                foreach (var variant in index.Union(type)!.Variants)
                {
                    Reach(writer, TypeRef.Object(variant.TypeName), false, types);
                }

                Value(writer, csharp, $"new global::{types.Namespace}.{TypeNames.UnionConverter(type.Name)}()");
                break;
            // Only a discriminated base comes here: a plain object's Create method is its EmitObjectInfo.
            case NamedKind.Object when index.Object(type) is { Discriminator: not null } model:
                foreach (var derived in model.Discriminator.Mapping.Select(m => m.TypeName).Where(n => n != model.Name).Distinct())
                {
                    Reach(writer, TypeRef.Object(derived), false, types);
                }

                Value(writer, csharp, $"new {TypeNames.PolymorphicConverter(model.Name)}(this)");
                break;
        }
    }

    /// <summary>Records, before STJ asks for it, a type that the metadata being created refers to.</summary>
    private static void Reach(SourceWriter writer, TypeRef type, bool nullable, TypeNames types)
        => writer.Line($"{Reached}.Add(typeof({types.Of(type, nullable)}), Create_{TypeNames.Accessor(type, nullable)});");

    /// <summary>The metadata of a type (de)serialized whole by <paramref name="converter"/>, through the runtime's helper.</summary>
    private static void Value(SourceWriter writer, string csharp, string converter)
        => writer.Line($"return {Runtime}.AtlasJsonMetadata.Value<{csharp}>(options, this, {converter});");

    /// <summary>The object metadata of <paramref name="model"/>, as the method <paramref name="signature"/> (options its one parameter).</summary>
    private static void EmitObjectInfo(SourceWriter writer, ObjectModel model, string csharp, TypeNames types, ModelIndex index, bool server, string signature)
    {
        var properties = index.AllProperties(model).ToList();
        var root = index.Root(model);
        var extensionData = (Declaring: root, Name: root.ExtensionData?.Name);
        writer.Open($"{signature}({Json}.JsonSerializerOptions options)");
        writer.Line($"var info = {Runtime}.AtlasJsonMetadata.Object<{csharp}>(options, this, static () => new(), Properties_{model.Name});");
        var reached = new HashSet<string>();
        foreach (var (_, property) in properties)
        {
            var nullable = PropertyShapes.IsNullable(property) && property.Type.IsValueType;
            if (reached.Add(TypeNames.Accessor(property.Type, nullable)))
            {
                Reach(writer, property.Type, nullable, types);
            }
        }

        if (extensionData.Name is not null && reached.Add(TypeNames.Accessor(JsonTypeSet.ExtensionData)))
        {
            Reach(writer, JsonTypeSet.ExtensionData, false, types);
        }

        writer.Line("return info;");
        writer.Close();
        writer.Line();
        // One call per property to the runtime's helper, the accessors as static lambdas: a seven-member object
        // initializer per property cost the trim analyzer most, and named accessor methods cost the compiler more to
        // declare and bind than the lambdas they replaced (docs/benchmarks.md, "Round 4").
        writer.Open($"private static {Metadata}.JsonPropertyInfo[] Properties_{model.Name}({Json}.JsonSerializerOptions options)");
        writer.Line($"return new {Metadata}.JsonPropertyInfo[]");
        writer.Line("{");
        foreach (var (declaring, property) in properties)
        {
            var declaringType = $"global::{types.Namespace}.{declaring.Name}";
            var propertyType = types.Of(property.Type, PropertyShapes.IsNullable(property));
            // The client reads writeOnly properties too: Atlas returns some (groupId on database users), and dropping
            // them would lose data. Which readOnly properties the server reads is the server direction's own rule.
            // A property the reader must skip gets no setter; JSON that carries it is then ignored, not rejected.
            var readable = server ? !property.IsReadOnly : true;
            var getter = $"static o => (({declaringType})o).{property.Name}";
            var setter = readable ? $"static (o, value) => (({declaringType})o).{property.Name} = value!" : "null";
            writer.Line($"    {Runtime}.AtlasJsonMetadata.Property<{declaringType}, {propertyType}>(options, {TypeNames.Literal(property.Name)}, {TypeNames.Literal(property.JsonName)}, {getter}, {setter}, {Flags(property, server)}),");
        }

        if (extensionData.Name is { } bag)
        {
            var declaringType = $"global::{types.Namespace}.{extensionData.Declaring.Name}";
            EmitExtensionData(writer, declaringType, bag, ModelIndex.IsTolerantBag(extensionData.Declaring), server);
        }

        writer.Line("};");
        writer.Close();
        writer.Line();
    }

    /// <summary>How the property is written and whether a request must carry it (<c>AtlasJsonPropertyFlags</c>).</summary>
    private static string Flags(PropertyModel property, bool server)
    {
        var flags = new List<string>();
        if (PropertyShapes.IsNullable(property))
        {
            flags.Add("OmittedWhenNull");
        }

        // The client never sends a readOnly property. The server writes a writeOnly property only when it holds a
        // value: Atlas answers with some of them (groupId, withDefaultAlertsSettings, masked secrets), and a server
        // that must not reveal one leaves it unset.
        if (!server && property.IsReadOnly)
        {
            flags.Add("NeverWritten");
        }
        else if (server && property.IsWriteOnly)
        {
            flags.Add("WrittenWhenSet");
        }

        if (server && property.IsRequired && !property.IsReadOnly)
        {
            flags.Add("Required");
        }

        return flags.Count == 0
            ? $"{Runtime}.AtlasJsonPropertyFlags.None"
            : string.Join(" | ", flags.Select(f => $"{Runtime}.AtlasJsonPropertyFlags.{f}"));
    }

    /// <summary>
    /// The extension data: declared additionalProperties go both ways; the tolerant reader's bag is read both ways and
    /// written whole by the server, while the client writes only what the user set on it.
    /// </summary>
    private static void EmitExtensionData(SourceWriter writer, string declaringType, string bag, bool tolerant, bool server)
    {
        const string Bag = Runtime + ".AtlasAdditionalProperties";
        string getter, setter, clientSends = "null";
        if (tolerant)
        {
            var field = $"(({declaringType})o).{ModelIndex.TolerantBagField}";
            getter = $"static o => {Bag}.{(server ? "ForServer" : "ForClient")}({field})";
            setter = $"static (o, value) => {Bag}.Receive(ref {field}, value)";
            if (!server)
            {
                clientSends = $"static (o, _) => {Bag}.ClientSends({field})";
            }
        }
        else
        {
            getter = $"static o => (({declaringType})o).{bag}";
            setter = $"static (o, value) => (({declaringType})o).{bag} = value!";
        }

        writer.Line($"    {Runtime}.AtlasJsonMetadata.ExtensionData<{declaringType}>(options, {TypeNames.Literal(bag)}, {getter}, {setter}, {clientSends}),");
    }

    private static string PrimitiveConverter(TypeRefKind kind) => kind switch
    {
        TypeRefKind.String => "StringConverter",
        TypeRefKind.Boolean => "BooleanConverter",
        TypeRefKind.Int32 => "Int32Converter",
        TypeRefKind.Int64 => "Int64Converter",
        TypeRefKind.Double => "DoubleConverter",
        TypeRefKind.Float => "SingleConverter",
        TypeRefKind.DateTimeOffset => "DateTimeOffsetConverter",
        _ => "JsonElementConverter",
    };
}

using AtlasGen.Generator.Parsing;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits, for a simulator (AtlasGenSimulatorBindings=true), <c>{ClientName}SimulatorSpec</c>: the spec's route table as
/// data (each operation's method, path template, response and request media types with their deprecation and sunset,
/// path and query parameters with their patterns, ranges and known values, the properties a request body may carry,
/// and the caller roles the spec names) and the engine's bindings (each version's request and response metadata from
/// the server JSON context, and the schema facts of <see cref="SchemaFactsEmitter"/>). The record types live in
/// AtlasGen.Simulator, so there is one copy of them; a simulator built on this follows the spec instead of a hand-kept copy.
/// </summary>
internal static class ServerRouteEmitter
{
    private const string Spec = "global::AtlasGen.Simulator.Spec";

    public static string Emit(ApiModel api, ModelIndex index)
    {
        var name = api.ClientName + "SimulatorSpec";
        var schemas = new SchemaFactsEmitter(index);
        var writer = SourceWriter.StartFile(api.Namespace);
        writer.Doc("summary", $"The operations of {SourceWriter.Escape(api.Title)}, as AtlasGen.Simulator serves them: routes, versions, parameters, body properties, required roles, JSON metadata and schema facts. Pass <see cref=\"Instance\"/> as <c>AtlasSimulatorOptions.Spec</c>.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public static partial class {name}");
        writer.Line($"private static readonly {Spec}.OperationRoute[] s_operations = new {Spec}.OperationRoute[]");
        writer.Line("{");
        foreach (var operation in api.Tags.SelectMany(t => t.Operations).GroupBy(o => o.OperationId).Select(g => g.First()))
        {
            EmitRoute(writer, api, operation, index, schemas);
        }

        writer.Line("};");
        writer.Line();
        schemas.EmitTable(writer);
        writer.Line();
        // Last: static fields initialize in declaration order, and the instance needs both tables.
        writer.Doc("summary", "The spec, for <c>AtlasSimulatorOptions.Spec</c>.");
        writer.Line($"public static {Spec}.SimulatorSpec Instance {{ get; }} = new {Spec}.SimulatorSpec(s_operations, s_schemas);");
        writer.Close();
        return writer.EndFile();
    }

    private static void EmitRoute(SourceWriter writer, ApiModel api, OperationModel operation, ModelIndex index, SchemaFactsEmitter schemas)
    {
        var versions = operation.Responses.Select(r => VersionLiteral(api, operation, r, schemas));
        // A name two variants declare differently keeps the loosest rule: readOnly only if every declaration says so, checks only if they agree.
        var bodyProperties = operation.Bodies.SelectMany(b => PropertiesOf(b.Type, index))
            .GroupBy(p => p.JsonName, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => BodyPropertyLiteral(g.ToList(), index));
        var parameters = operation.Parameters.Where(p => p.Location != ParameterLocation.Header).Select(p => ParameterLiteral(p, index));
        writer.Line($"    new {Spec}.OperationRoute({TypeNames.Literal(operation.OperationId)}, {TypeNames.Literal(operation.HttpMethod.ToUpperInvariant())}, {TypeNames.Literal(operation.Path)},");
        writer.Line($"        {Array("ResponseVersion", versions)},");
        writer.Line($"        {Strings(operation.Bodies.Select(b => b.MediaType).Distinct())}, {Bool(operation.Body?.IsRequired == true)},");
        writer.Line($"        {Array("BodyProperty", bodyProperties)},");
        writer.Line($"        {Array("RouteParameter", parameters)},");
        writer.Line($"        {Strings(operation.RequiredRoles)}, {Bool(operation.RequiresAccessList)}, {SuccessStatus(operation)}),");
    }

    /// <summary>A response version with its bindings: the metadata of the body sent with it and of the body it answers.</summary>
    private static string VersionLiteral(ApiModel api, OperationModel operation, ResponseModel response, SchemaFactsEmitter schemas)
    {
        var types = new TypeNames(api.Namespace);
        var context = $"global::{api.Namespace}.{api.ClientName}ServerJsonContext.Default";
        var literal = $"new {Spec}.ResponseVersion({TypeNames.Literal(response.MediaType)}, {Bool(response.Deprecated || operation.Deprecated)}, {Nullable(response.Sunset ?? operation.Sunset)}, {Bool(response.Type is not null)})";
        var inits = new List<string>();
        if (response.BodyKind != ResponseBodyKind.Json)
        {
            inits.Add($"BodyKind = {Spec}.ResponseBodyKind.{response.BodyKind}");
        }

        if (operation.BodyFor(response) is { } body && MediaTypes.IsJson(body.MediaType))
        {
            inits.Add($"RequestType = static () => {context}.GetTypeInfo(typeof({types.Of(body.Type)}))");
            inits.Add($"RequestSchema = {schemas.NumberOf(body.Type)}");
            if (body.Type.Kind == TypeRefKind.List)
            {
                inits.Add("RequestIsArray = true");
            }
        }

        if (response.Type is { } type)
        {
            inits.Add($"ResponseType = static () => {context}.GetTypeInfo(typeof({types.Of(type)}))");
            inits.Add($"ResponseSchema = {schemas.NumberOf(type)}");
            if (schemas.KindOf(type) is var kind and not "Object")
            {
                inits.Add($"ResponseKind = {Spec}.SchemaKind.{kind}");
            }
            if (type.Kind == TypeRefKind.List)
            {
                inits.Add("ResponseIsArray = true");
            }
        }

        return inits.Count == 0 ? literal : literal + " { " + string.Join(", ", inits) + " }";
    }

    /// <summary>The success status the spec declares (its lowest 2xx): 200, 201 for many creates, 202 for accepted work, 204 without a body.</summary>
    private static string SuccessStatus(OperationModel operation)
        => (operation.Responses.Count > 0 ? operation.Responses[0].Status : 200).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ParameterLiteral(ParameterModel parameter, ModelIndex index)
    {
        var c = parameter.Constraints;
        var known = KnownValues(parameter.Type, c, index);
        var @in = parameter.Location == ParameterLocation.Path ? "path" : "query";
        return $"new {Spec}.RouteParameter({TypeNames.Literal(parameter.Name)}, \"{@in}\", \"{WireType(parameter.Type)}\", {Bool(parameter.IsRequired)}, {Nullable(c.Pattern)}, "
            + $"{Int(c.MinLength)}, {Int(c.MaxLength)}, {Double(c.Minimum)}, {Double(c.Maximum)}, {Strings(known)})";
    }

    private static string BodyPropertyLiteral(IReadOnlyList<PropertyModel> declarations, ModelIndex index)
    {
        var first = declarations[0];
        var agree = declarations.All(d => d.Constraints == first.Constraints && d.Type == first.Type);
        var c = agree ? first.Constraints : Constraints.None;
        var known = agree ? KnownValues(first.Type.Kind == TypeRefKind.List && first.Type.Element is { } e ? e : first.Type, c, index) : Enumerable.Empty<string>();
        return $"new {Spec}.BodyProperty({TypeNames.Literal(first.JsonName)}, {Bool(declarations.All(d => d.IsReadOnly))}, {Nullable(c.Pattern)}, {Int(c.MinLength)}, {Int(c.MaxLength)}, {Strings(known)})";
    }

    private static IEnumerable<string> KnownValues(TypeRef type, Constraints constraints, ModelIndex index)
        => index.Enum(type) is { } enumModel
            ? enumModel.Members.Select(m => m.Value)
            : constraints.AllowedNumbers;

    private static string WireType(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Boolean => "boolean",
        TypeRefKind.Int32 or TypeRefKind.Int64 => "integer",
        TypeRefKind.Double or TypeRefKind.Float => "number",
        _ => "string",
    };

    /// <summary>The properties a body of this type may carry: an object's (with its bases'), a list's elements', every union variant's.</summary>
    private static IEnumerable<PropertyModel> PropertiesOf(TypeRef type, ModelIndex index, int depth = 0)
    {
        if (depth > 8)
        {
            return Enumerable.Empty<PropertyModel>();
        }

        if (type.Kind == TypeRefKind.List && type.Element is { } element)
        {
            return PropertiesOf(element, index, depth + 1);
        }

        if (index.Object(type) is { } model)
        {
            return index.AllProperties(model).Select(p => p.Property)
                .Concat(model.Discriminator?.Mapping.Where(m => m.TypeName != model.Name)
                    .SelectMany(m => PropertiesOf(TypeRef.Object(m.TypeName), index, depth + 1)) ?? Enumerable.Empty<PropertyModel>());
        }

        return index.Union(type) is { } union
            ? union.Variants.SelectMany(v => PropertiesOf(TypeRef.Object(v.TypeName), index, depth + 1))
            : Enumerable.Empty<PropertyModel>();
    }

    private static string Array(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        type = type == "string" ? type : Spec + "." + type;
        return list.Count == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {string.Join(", ", list)} }}";
    }

    private static string Strings(IEnumerable<string> values) => Array("string", values.Select(TypeNames.Literal));

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Nullable(string? value) => value is null ? "null" : TypeNames.Literal(value);

    private static string Int(int? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";

    private static string Double(double? value) => value is { } v ? TypeNames.Number(v) + "d" : "null";
}

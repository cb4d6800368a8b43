using System.Collections.Generic;
using System.Linq;
using AtlasGen.Generator.Model;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits, for a server (AtlasGenServerContext=true), the spec's route table as data: each operation's method, path
/// template, response and request media types with their deprecation and sunset, path and query parameters with their
/// patterns, ranges and known values, the properties a request body may carry, and the caller roles the spec names. A server built on it (the simulator) follows the spec instead of a hand-kept copy.
/// </summary>
internal static class ServerRouteEmitter
{
    public static string Emit(ApiModel api, ModelIndex index)
    {
        var name = api.ClientName + "ServerRoutes";
        var writer = SourceWriter.StartFile(api.Namespace);
        writer.Doc("summary", $"The operations of {api.Title}, as a server needs them: routes, versions, parameters, body properties and required roles.");
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public static partial class {name}");
        EmitTypes(writer);
        EmitBodyPropertyType(writer);
        writer.Line();
        writer.Doc("summary", "Every operation of the spec, in spec order.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<Route> All { get; } = new Route[]");
        writer.Line("{");
        foreach (var operation in api.Tags.SelectMany(t => t.Operations).GroupBy(o => o.OperationId).Select(g => g.First()))
        {
            EmitRoute(writer, operation, index);
        }

        writer.Line("};");
        writer.Close();
        return writer.EndFile();
    }

    private static void EmitTypes(SourceWriter writer)
    {
        writer.Doc("summary", "One operation.");
        writer.Doc("param", "The operationId.", " name=\"OperationId\"");
        writer.Doc("param", "GET, POST, PUT, PATCH or DELETE.", " name=\"Method\"");
        writer.Doc("param", "The path template, e.g. /api/atlas/v2/groups/{groupId}.", " name=\"PathTemplate\"");
        writer.Doc("param", "The success response versions, newest first.", " name=\"Versions\"");
        writer.Doc("param", "The request body media types, newest first; empty without a body.", " name=\"RequestMediaTypes\"");
        writer.Doc("param", "Whether a body is required.", " name=\"RequestBodyRequired\"");
        writer.Doc("param", "The properties a request body (or each element of an array body) may carry, in any version or variant.", " name=\"BodyProperties\"");
        writer.Doc("param", "The path and query parameters.", " name=\"Parameters\"");
        writer.Doc("param", "The roles the spec names (any one suffices), e.g. Project Owner; empty when it names none.", " name=\"RequiredRoles\"");
        writer.Doc("param", "Whether the spec requires the caller's API access list to hold the request's address.", " name=\"RequiresAccessList\"");
        writer.Doc("param", "The success status the spec declares.", " name=\"SuccessStatus\"");
        writer.Line("public sealed record Route(string OperationId, string Method, string PathTemplate, global::System.Collections.Generic.IReadOnlyList<Version> Versions, global::System.Collections.Generic.IReadOnlyList<string> RequestMediaTypes, bool RequestBodyRequired, global::System.Collections.Generic.IReadOnlyList<BodyProperty> BodyProperties, global::System.Collections.Generic.IReadOnlyList<Parameter> Parameters, global::System.Collections.Generic.IReadOnlyList<string> RequiredRoles, bool RequiresAccessList, int SuccessStatus);");
        writer.Line();
        writer.Doc("summary", "One success response version.");
        writer.Doc("param", "e.g. application/vnd.atlas.2023-01-01+json.", " name=\"MediaType\"");
        writer.Doc("param", "Whether this version (or the operation) is deprecated.", " name=\"Deprecated\"");
        writer.Doc("param", "The x-sunset date (yyyy-MM-dd), or null.", " name=\"Sunset\"");
        writer.Doc("param", "Whether this version has a body.", " name=\"HasBody\"");
        writer.Line("public sealed record Version(string MediaType, bool Deprecated, string? Sunset, bool HasBody);");
        writer.Line();
        writer.Doc("summary", "One path or query parameter and the spec's rules for it.");
        writer.Doc("param", "The name on the wire.", " name=\"Name\"");
        writer.Doc("param", "path or query.", " name=\"In\"");
        writer.Doc("param", "string, boolean, integer or number.", " name=\"Type\"");
        writer.Doc("param", "Whether it must be present.", " name=\"Required\"");
        writer.Doc("param", "The pattern, or null.", " name=\"Pattern\"");
        writer.Doc("param", "The minimum length, or null.", " name=\"MinLength\"");
        writer.Doc("param", "The maximum length, or null.", " name=\"MaxLength\"");
        writer.Doc("param", "The minimum, or null.", " name=\"Minimum\"");
        writer.Doc("param", "The maximum, or null.", " name=\"Maximum\"");
        writer.Doc("param", "The values an enum allows; empty when any value is allowed.", " name=\"KnownValues\"");
        writer.Line("public sealed record Parameter(string Name, string In, string Type, bool Required, string? Pattern, int? MinLength, int? MaxLength, double? Minimum, double? Maximum, global::System.Collections.Generic.IReadOnlyList<string> KnownValues);");
    }

    private static void EmitBodyPropertyType(SourceWriter writer)
    {
        writer.Line();
        writer.Doc("summary", "One property of a request body and the spec's rules for its value.");
        writer.Doc("param", "The JSON name.", " name=\"Name\"");
        writer.Doc("param", "readOnly: the server sets it, so a request must not.", " name=\"ReadOnly\"");
        writer.Doc("param", "The pattern of a string value, or null.", " name=\"Pattern\"");
        writer.Doc("param", "The minimum length of a string value, or null.", " name=\"MinLength\"");
        writer.Doc("param", "The maximum length of a string value, or null.", " name=\"MaxLength\"");
        writer.Doc("param", "The values an enum (or a list of one) allows; empty when any value is allowed.", " name=\"KnownValues\"");
        writer.Line("public sealed record BodyProperty(string Name, bool ReadOnly, string? Pattern, int? MinLength, int? MaxLength, global::System.Collections.Generic.IReadOnlyList<string> KnownValues);");
    }

    private static void EmitRoute(SourceWriter writer, OperationModel operation, ModelIndex index)
    {
        var versions = operation.Responses.Select(r => $"new Version({TypeNames.Literal(r.MediaType)}, {Bool(r.Deprecated || operation.Deprecated)}, {Nullable(r.Sunset ?? operation.Sunset)}, {Bool(r.Type is not null)})");
        // A name two variants declare differently keeps the loosest rule: readOnly only if every declaration says so, checks only if they agree.
        var bodyProperties = operation.Bodies.SelectMany(b => PropertiesOf(b.Type, index))
            .GroupBy(p => p.JsonName, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => BodyPropertyLiteral(g.ToList(), index));
        var parameters = operation.Parameters.Where(p => p.Location != ParameterLocation.Header).Select(p => ParameterLiteral(p, index));
        writer.Line($"    new Route({TypeNames.Literal(operation.OperationId)}, {TypeNames.Literal(operation.HttpMethod.ToUpperInvariant())}, {TypeNames.Literal(operation.Path)},");
        writer.Line($"        {Array("Version", versions)},");
        writer.Line($"        {Strings(operation.Bodies.Select(b => b.MediaType).Distinct())}, {Bool(operation.Body?.IsRequired == true)},");
        writer.Line($"        {Array("BodyProperty", bodyProperties)},");
        writer.Line($"        {Array("Parameter", parameters)},");
        writer.Line($"        {Strings(operation.RequiredRoles)}, {Bool(operation.RequiresAccessList)}, {SuccessStatus(operation)}),");
    }

    /// <summary>The spec declares 204 for operations without a response body; every other success is 200.</summary>
    private static string SuccessStatus(OperationModel operation)
        => operation.Responses.Count > 0 && operation.Responses.All(r => r.Type is null) ? "204" : "200";

    private static string ParameterLiteral(ParameterModel parameter, ModelIndex index)
    {
        var c = parameter.Constraints;
        var known = KnownValues(parameter.Type, c, index);
        var @in = parameter.Location == ParameterLocation.Path ? "path" : "query";
        return $"new Parameter({TypeNames.Literal(parameter.Name)}, \"{@in}\", \"{WireType(parameter.Type)}\", {Bool(parameter.IsRequired)}, {Nullable(c.Pattern)}, "
            + $"{Int(c.MinLength)}, {Int(c.MaxLength)}, {Double(c.Minimum)}, {Double(c.Maximum)}, {Strings(known)})";
    }

    private static string BodyPropertyLiteral(IReadOnlyList<PropertyModel> declarations, ModelIndex index)
    {
        var first = declarations[0];
        var agree = declarations.All(d => d.Constraints == first.Constraints && d.Type == first.Type);
        var c = agree ? first.Constraints : Constraints.None;
        var known = agree ? KnownValues(first.Type.Kind == TypeRefKind.List && first.Type.Element is { } e ? e : first.Type, c, index) : Enumerable.Empty<string>();
        return $"new BodyProperty({TypeNames.Literal(first.JsonName)}, {Bool(declarations.All(d => d.IsReadOnly))}, {Nullable(c.Pattern)}, {Int(c.MinLength)}, {Int(c.MaxLength)}, {Strings(known)})";
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
        return list.Count == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {string.Join(", ", list)} }}";
    }

    private static string Strings(IEnumerable<string> values) => Array("string", values.Select(TypeNames.Literal));

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Nullable(string? value) => value is null ? "null" : TypeNames.Literal(value);

    private static string Int(int? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";

    private static string Double(double? value) => value is { } v ? TypeNames.Number(v) + "d" : "null";
}

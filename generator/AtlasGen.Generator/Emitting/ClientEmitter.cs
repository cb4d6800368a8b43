namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Emits one client class per tag. Each operation is a method that checks its arguments, builds the request
/// and returns the connection's task; validation throws synchronously, as .NET's own async APIs do.
/// Members are virtual and a protected constructor exists (the Azure SDK pattern), so users can mock a tag client.
/// </summary>
internal static class ClientEmitter
{
    private const string Runtime = "global::AtlasGen.Runtime";

    public static string Emit(ApiModel api, TagModel tag, ModelIndex index)
    {
        var types = new TypeNames(api.Namespace);
        var context = $"global::{api.Namespace}.{index.ContextName}";
        var writer = SourceWriter.StartFile(api.Namespace);
        writer.Doc("summary", DocMarkup.FromSpec(tag.Description ?? $"The {tag.Name} operations."));
        writer.Line(SourceWriter.GeneratedCodeAttribute);
        writer.Open($"public partial class {tag.ClassName}");
        writer.Line($"private readonly {Runtime}.AtlasConnection _connection;");
        writer.Line($"private readonly {context} _json;");
        writer.Line();
        writer.Member("For mocking: a client without a connection, whose members throw unless a mock overrides them.", $"protected {tag.ClassName}() : this({Runtime}.AtlasConnection.ForMocking) {{ }}");
        writer.Member("Creates the client over a connection, with the generated JSON metadata.", $"public {tag.ClassName}({Runtime}.AtlasConnection connection) : this(connection, {context}.Default) {{ }}");
        writer.Doc("summary", "Creates the client over a connection, with the given JSON metadata (e.g. over custom options).");
        writer.Open($"public {tag.ClassName}({Runtime}.AtlasConnection connection, {context} json)");
        writer.Line("_connection = connection ?? throw new global::System.ArgumentNullException(nameof(connection));");
        writer.Line("_json = json ?? throw new global::System.ArgumentNullException(nameof(json));");
        writer.Close();
        foreach (var operation in tag.Operations)
        {
            writer.Line();
            EmitOperation(writer, operation, types);
            if (operation.Pagination is { } pagination)
            {
                writer.Line();
                EmitEnumerate(writer, operation, pagination, types);
            }

            foreach (var older in operation.Responses.Skip(1))
            {
                writer.Line();
                EmitOperation(writer, OlderVersion(operation, older), types, newerMethod: operation.MethodName);
            }
        }

        writer.Close();
        return writer.EndFile();
    }

    /// <param name="newerMethod">For an older media-type version, the method of the newest one, named when Atlas answers 410 VERSION_GONE.</param>
    private static void EmitOperation(SourceWriter writer, OperationModel operation, TypeNames types, string? newerMethod = null)
    {
        var response = operation.Responses[0];
        var returnType = ReturnType(response, types);
        var parameters = Signature(operation, types);
        WriteDocs(writer, operation);
        WriteReturns(writer, response);
        writer.Line(OperationAttribute(operation, response));
        writer.Open($"public virtual {returnType} {operation.MethodName}({string.Join(", ", parameters)})");
        WriteChecks(writer, operation);
        WriteRequest(writer, operation, response, types, newerMethod);
        writer.Line(SendCall(response));
        writer.Close();
        EmitTokenOverload(writer, operation, returnType, OperationAttribute(operation, response), types);
    }

    /// <summary>A JSON body's type, a string for text, a stream for bytes, or a bare task for no body.</summary>
    private static string ReturnType(ResponseModel response, TypeNames types) => response.BodyKind switch
    {
        ResponseBodyKind.Text => "global::System.Threading.Tasks.Task<string>",
        ResponseBodyKind.Binary => "global::System.Threading.Tasks.Task<global::System.IO.Stream>",
        _ when response.Type is not null => $"global::System.Threading.Tasks.Task<{types.Of(response.Type)}>",
        _ => "global::System.Threading.Tasks.Task",
    };

    private static void WriteReturns(SourceWriter writer, ResponseModel response)
    {
        var text = response.BodyKind switch
        {
            ResponseBodyKind.Binary => $"The {response.MediaType} body, read as it arrives: dispose the stream to release the response.",
            ResponseBodyKind.Text => $"The {response.MediaType} body as text.",
            _ => null,
        };
        writer.Doc("returns", text);
    }

    private static string SendCall(ResponseModel response) => response.BodyKind switch
    {
        ResponseBodyKind.Text => "return _connection.SendForTextAsync(__request, cancellationToken);",
        ResponseBodyKind.Binary => "return _connection.SendForStreamAsync(__request, cancellationToken);",
        _ when response.Type is not null => $"return _connection.SendAsync(__request, _json.{TypeNames.Accessor(response.Type)}, cancellationToken);",
        _ => "return _connection.SendAsync(__request, cancellationToken);",
    };

    /// <summary>
    /// With optional query parameters between them, a positional token (<c>GetProjectAsync(id, ct)</c>) would not
    /// reach the CancellationToken; this overload takes the required arguments and the token, and leaves the rest
    /// to the spec's defaults. It carries the same attributes, so the analyzers check calls to it too.
    /// </summary>
    private static void EmitTokenOverload(SourceWriter writer, OperationModel operation, string returnType, string? attribute, TypeNames types)
    {
        var firstOptional = operation.Parameters.FirstOrDefault(p => !p.IsRequired);
        if (firstOptional is null)
        {
            return;
        }

        var required = operation with { Parameters = operation.Parameters.Where(p => p.IsRequired).ToEquatableArray() };
        var parameters = Signature(required, types, tokenIsOptional: false);
        var arguments = required.Parameters.Select(p => $"{p.CSharpName}: {p.CSharpName}").ToList();
        if (operation.Body is not null)
        {
            arguments.Add("body: body");
        }

        // Naming one optional argument keeps this call from binding back to this very overload.
        arguments.Add($"{firstOptional.CSharpName}: {TypeNames.DefaultLiteral(firstOptional.Type, firstOptional.DefaultValue) ?? "null"}");
        arguments.Add("cancellationToken: cancellationToken");
        writer.Line();
        // The docs are the full method's: inheritdoc keeps the summary, remarks and the params this overload has.
        writer.Line($"/// <inheritdoc cref=\"{Cref(operation, types)}\"/>");
        if (attribute is not null)
        {
            writer.Line(attribute);
        }

        writer.Line($"public virtual {returnType} {operation.MethodName}({string.Join(", ", parameters)})");
        writer.Line($"    => {operation.MethodName}({string.Join(", ", arguments)});");
    }

    /// <summary>The operation as its method for an older media-type version: that version's result, body, deprecation and sunset.</summary>
    private static OperationModel OlderVersion(OperationModel operation, ResponseModel version)
    {
        var body = operation.BodyFor(version);
        return operation with
        {
            MethodName = version.MethodName!,
            Summary = $"{operation.Summary ?? operation.OperationId} (API version {version.Version ?? version.MediaType})",
            Bodies = body is null ? EquatableArray<BodyModel>.Empty : new[] { body }.ToEquatableArray(),
            Responses = new[] { version }.ToEquatableArray(),
            Deprecated = operation.Deprecated || version.Deprecated,
            Sunset = version.Sunset,
            Pagination = null,
        };
    }

    /// <summary>Path parameters, the body, required then optional query and header parameters, and the token last.</summary>
    private static List<string> Signature(OperationModel operation, TypeNames types, bool tokenIsOptional = true)
        => SignatureParts(operation, types, tokenIsOptional).Select(p => p.Declaration).ToList();

    /// <summary>The method's parameter types as a cref names them: <c>Method(string, global::System.Collections.Generic.List{string})</c>.</summary>
    private static string Cref(OperationModel operation, TypeNames types)
        => $"{operation.MethodName}({string.Join(", ", SignatureParts(operation, types, tokenIsOptional: true).Select(p => p.CrefType))})";

    private static List<(string CrefType, string Declaration)> SignatureParts(OperationModel operation, TypeNames types, bool tokenIsOptional)
    {
        var parameters = new List<(string, string)>();
        var pathAndRequired = operation.Parameters.Where(p => p.IsRequired).ToList();
        foreach (var parameter in pathAndRequired.Where(p => p.Location == ParameterLocation.Path))
        {
            parameters.Add((CrefType(parameter.Type, nullable: false, types), Declare(parameter, types)));
        }

        if (operation.Body is { } body)
        {
            // Optional only where the token is: a required token can't follow an optional body.
            parameters.Add((CrefType(body.Type, !body.IsRequired, types), $"{types.Of(body.Type, !body.IsRequired)} body{(body.IsRequired || !tokenIsOptional ? "" : " = null")}"));
        }

        foreach (var parameter in pathAndRequired.Where(p => p.Location != ParameterLocation.Path).Concat(operation.Parameters.Where(p => !p.IsRequired)))
        {
            var nullable = !parameter.IsRequired && TypeNames.DefaultLiteral(parameter.Type, parameter.DefaultValue) is null;
            parameters.Add((CrefType(parameter.Type, nullable, types), Declare(parameter, types)));
        }

        parameters.Add(("global::System.Threading.CancellationToken", "global::System.Threading.CancellationToken cancellationToken" + (tokenIsOptional ? " = default" : "")));
        return parameters;
    }

    /// <summary>A type as a cref spells it: generic arguments in braces, '?' only on value types.</summary>
    private static string CrefType(TypeRef type, bool nullable, TypeNames types)
        => types.Of(type, nullable && type.IsValueType).Replace('<', '{').Replace('>', '}');

    private static string Declare(ParameterModel parameter, TypeNames types)
    {
        var attributes = ConstraintEmitter.Attributes(parameter.Constraints);
        attributes = attributes.Length == 0 ? "" : attributes + " ";
        if (parameter.IsRequired)
        {
            return $"{attributes}{types.Of(parameter.Type)} {parameter.CSharpName}";
        }

        var literal = TypeNames.DefaultLiteral(parameter.Type, parameter.DefaultValue);
        return literal is null
            ? $"{attributes}{types.Of(parameter.Type, nullable: true)} {parameter.CSharpName} = null"
            : $"{attributes}{types.Of(parameter.Type)} {parameter.CSharpName} = {literal}";
    }

    /// <summary>True when the parameter was declared with the spec's default, so the default is left for the server.</summary>
    private static bool HasDefault(ParameterModel parameter)
        => !parameter.IsRequired && TypeNames.DefaultLiteral(parameter.Type, parameter.DefaultValue) is not null;

    private static void WriteChecks(SourceWriter writer, OperationModel operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.IsRequired && !parameter.Type.IsValueType)
            {
                writer.Line($"{Runtime}.AtlasArgument.NotNull({parameter.CSharpName}, {TypeNames.Literal(parameter.CSharpName.TrimStart('@'))});");
            }

            // default(SomeEnum) has an empty value, which in a path would silently address another resource.
            if (parameter.IsRequired && parameter.Type.IsEnum)
            {
                writer.Line($"{Runtime}.AtlasArgument.NotEmpty({parameter.CSharpName}.Value, {TypeNames.Literal(parameter.CSharpName.TrimStart('@'))});");
            }

            foreach (var check in ConstraintEmitter.Checks(parameter.Constraints, parameter.Type, parameter.CSharpName, TypeNames.Literal(parameter.CSharpName.TrimStart('@'))))
            {
                writer.Line(check);
            }
        }

        if (operation.Body is { } body)
        {
            if (body.IsRequired)
            {
                writer.Line($"{Runtime}.AtlasArgument.NotNull(body, \"body\");");
            }

            writer.Line($"{Runtime}.AtlasArgument.Nested(body, \"body\");");
        }
    }

    private static void WriteRequest(SourceWriter writer, OperationModel operation, ResponseModel response, TypeNames types, string? newerMethod)
    {
        writer.Line($"var __query = new {Runtime}.AtlasQueryBuilder();");
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query))
        {
            var add = QueryAdd(parameter);
            writer.Line(HasDefault(parameter) ? $"if ({parameter.CSharpName} != {TypeNames.DefaultLiteral(parameter.Type, parameter.DefaultValue)}) {add}" : add);
        }

        var envelope = operation.Parameters.FirstOrDefault(p => p.Role == ParameterRole.Envelope);
        var envelopeValue = envelope is null ? "false" : envelope.IsRequired || HasDefault(envelope) ? envelope.CSharpName : $"{envelope.CSharpName} == true";
        writer.Line($"var __request = new {Runtime}.AtlasRequest(global::System.Net.Http.HttpMethod.{Pascal(operation.HttpMethod)}, {TypeNames.Literal(operation.OperationId)}, {TypeNames.Literal(operation.Path)}, {PathExpression(operation)} + __query.ToString(), {TypeNames.Literal(response.MediaType)})");
        writer.Line("{");
        writer.Line($"    Envelope = {envelopeValue},");
        if (newerMethod is not null)
        {
            writer.Line($"    NewerVersionMethod = {TypeNames.Literal(newerMethod)},");
        }

        writer.Line("};");
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            writer.Line($"__request.AddHeader({TypeNames.Literal(parameter.Name)}, {Format(parameter)});");
        }

        if (operation.Body is { } body)
        {
            var content = $"global::System.Net.Http.Json.JsonContent.Create(body, _json.{TypeNames.Accessor(body.Type)}, new global::System.Net.Http.Headers.MediaTypeHeaderValue({TypeNames.Literal(body.MediaType)}))";
            writer.Line(body.IsRequired ? $"__request.Content = {content};" : $"__request.Content = body is null ? null : {content};");
        }
    }

    private static string PathExpression(OperationModel operation)
    {
        var parts = new List<string>();
        var path = operation.Path;
        var position = 0;
        for (var start = path.IndexOf('{'); start >= 0; start = path.IndexOf('{', position))
        {
            var end = path.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            parts.Add(TypeNames.Literal(path.Substring(position, start - position)));
            var name = path.Substring(start + 1, end - start - 1);
            var parameter = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.Name == name);
            parts.Add(parameter switch
            {
                null => TypeNames.Literal("{" + name + "}"),
                { SlashMayBeEncoded: true, Type.Kind: TypeRefKind.String } => $"{Runtime}.AtlasPath.EscapeWithEncodedSlashes({parameter.CSharpName})",
                _ => $"global::System.Uri.EscapeDataString({Format(parameter)})",
            });
            position = end + 1;
        }

        parts.Add(TypeNames.Literal(path.Substring(position)));
        return string.Join(" + ", parts.Where(p => p != "\"\""));
    }

    /// <summary>The parameter as the string that goes on the wire; null stays null for optional ones.</summary>
    private static string Format(ParameterModel parameter)
    {
        var name = parameter.CSharpName;
        var nullable = !parameter.IsRequired && TypeNames.DefaultLiteral(parameter.Type, parameter.DefaultValue) is null;
        var access = nullable && parameter.Type.IsValueType ? name + ".Value" : name;
        var formatted = parameter.Type.Kind switch
        {
            TypeRefKind.String => name,
            TypeRefKind.Boolean => $"({access} ? \"true\" : \"false\")",
            TypeRefKind.Named when parameter.Type.IsEnum => $"{access}.Value",
            TypeRefKind.DateTimeOffset => $"{access}.ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)",
            TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Float => $"{access}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
            _ => $"{access}.ToString()",
        };
        return nullable && parameter.Type.Kind != TypeRefKind.String ? $"({name} is null ? null : {formatted})" : formatted;
    }

    private static string QueryAdd(ParameterModel parameter)
    {
        var literal = TypeNames.Literal(parameter.Name);
        var name = parameter.CSharpName;
        return parameter.Type.Kind switch
        {
            // AtlasQueryBuilder.Add has bool?, long? and double? overloads: numbers and flags convert implicitly.
            TypeRefKind.Boolean or TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Float => $"__query.Add({literal}, {name});",
            TypeRefKind.List when parameter.Type.Element!.Kind == TypeRefKind.String => $"__query.AddEach({literal}, {name});",
            TypeRefKind.List when parameter.Type.Element!.IsEnum
                => $"__query.AddEach({literal}, {name} is null ? null : global::System.Linq.Enumerable.Select({name}, static v => v.Value));",
            TypeRefKind.List => $"__query.AddEach({literal}, {name} is null ? null : global::System.Linq.Enumerable.Select({name}, static v => global::System.Convert.ToString(v, global::System.Globalization.CultureInfo.InvariantCulture) ?? \"\"));",
            _ => $"__query.Add({literal}, {Format(parameter)});",
        };
    }

    private static void EmitEnumerate(SourceWriter writer, OperationModel operation, PaginationModel pagination, TypeNames types)
    {
        var itemType = types.Of(pagination.ItemType);
        var name = pagination.MethodName;
        var itemsPerPage = operation.Parameters.First(p => p.Role == ParameterRole.ItemsPerPage);
        // The pager drives pageNum and reads plain (not enveloped) pages without totalCount, which times out on large collections.
        static bool Driven(ParameterModel p) => p.Role is ParameterRole.PageNum or ParameterRole.IncludeCount or ParameterRole.Envelope;
        var kept = Signature(operation with { Parameters = operation.Parameters.Where(p => !Driven(p)).ToEquatableArray() }, types);
        var arguments = operation.Parameters.Where(p => p.IsRequired && p.Location == ParameterLocation.Path).Select(p => p.CSharpName).ToList();
        if (operation.Body is not null)
        {
            arguments.Add("body");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location != ParameterLocation.Path || !p.IsRequired))
        {
            var value = !Driven(parameter) ? parameter.CSharpName : parameter.Role == ParameterRole.PageNum ? "__page" : "false";
            arguments.Add($"{parameter.CSharpName}: {value}");
        }

        arguments.Add("cancellationToken: __token");
        // The pager counts in int; a spec that declares itemsPerPage as int64 gets a cast (its maximum is 500).
        var cast = itemsPerPage.Type.Kind == TypeRefKind.Int32 ? "" : "(int)";
        var pageSize = HasDefault(itemsPerPage) || itemsPerPage.IsRequired ? cast + itemsPerPage.CSharpName : $"{cast}({itemsPerPage.CSharpName} ?? 100)";
        var pageable = $"{Runtime}.AtlasPageable<{types.Of(operation.Responses[0].Type!)}, {itemType}>";
        var operationName = Parsing.Naming.WithoutAsyncSuffix(operation.MethodName);
        writer.Doc("summary", $"Every item of {operationName}, page after page, with the same filters on every page (pageNum is driven for you).");
        writer.Doc("remarks", "Pages are fetched lazily, without includeCount, until a page comes back short; cancellation is checked before each page. AsPages() gives the pages themselves, with their links and headers.");
        writer.Open($"public virtual {pageable} {name}({string.Join(", ", kept)})");
        writer.Line($"return new {pageable}(");
        writer.Line($"    (__page, __token) => {operation.MethodName}({string.Join(", ", arguments)}),");
        writer.Line($"    static page => page.{pagination.ResultsProperty},");
        writer.Line($"    {pageSize},");
        writer.Line("    cancellationToken);");
        writer.Close();
        var enumerateView = operation with
        {
            MethodName = name,
            Summary = $"Every item of {operationName}, page after page.",
            Description = null,
            Parameters = operation.Parameters.Where(p => !Driven(p)).ToEquatableArray(),
        };
        EmitTokenOverload(writer, enumerateView, pageable, attribute: null, types);
    }

    private static void WriteDocs(SourceWriter writer, OperationModel operation)
    {
        writer.Doc("summary", DocMarkup.FromSpec(operation.Summary ?? operation.OperationId));
        writer.Doc("remarks", DocMarkup.FromSpec(operation.Description));
        foreach (var parameter in operation.Parameters)
        {
            writer.Doc("param", DocMarkup.FromSpec(parameter.Description ?? parameter.Name), $" name=\"{parameter.CSharpName.TrimStart('@')}\"");
        }

        if (operation.Body is { } body)
        {
            writer.Doc("param", DocMarkup.FromSpec(body.Description ?? "The request body."), " name=\"body\"");
        }

        writer.Doc("param", "Cancels the request.", " name=\"cancellationToken\"");
        writer.Line("/// <exception cref=\"global::AtlasGen.Runtime.AtlasApiException\">The server answered with an error status; the exception keeps the ApiError and the raw body.</exception>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">An argument breaks a constraint of the spec; nothing was sent.</exception>");
    }

    private static string OperationAttribute(OperationModel operation, ResponseModel response)
    {
        var named = new List<string> { $"MediaType = {TypeNames.Literal(response.MediaType)}" };
        if (operation.Deprecated)
        {
            named.Add("Deprecated = true");
        }

        if (operation.Sunset is { } sunset)
        {
            named.Add($"Sunset = {TypeNames.Literal(sunset)}");
        }

        return $"[{Runtime}.AtlasOperation({TypeNames.Literal(operation.OperationId)}, {TypeNames.Literal(operation.HttpMethod)}, {TypeNames.Literal(operation.Path)}, {string.Join(", ", named)})]";
    }

    private static string Pascal(string method) => method.Substring(0, 1) + method.Substring(1).ToLowerInvariant();
}

using Microsoft.OpenApi.Models;

namespace AtlasGen.Generator.Parsing;

/// <summary>Builds the model of one operation: parameters in C# order, the body, the success responses and pagination.</summary>
internal sealed class OperationBuilder
{
    private const string SunsetExtension = "x-sunset";

    private readonly SchemaResolver _resolver;
    private readonly DiagnosticSink _diagnostics;
    private readonly string _defaultAccept;

    public OperationBuilder(SchemaResolver resolver, DiagnosticSink diagnostics, string defaultAccept)
    {
        _resolver = resolver;
        _diagnostics = diagnostics;
        _defaultAccept = defaultAccept;
    }

    /// <param name="methodNames">The names taken in the tag's class; older-version methods claim theirs here.</param>
    public OperationModel Build(string path, OperationType method, OpenApiPathItem pathItem, OpenApiOperation operation, string methodName, ISet<string> methodNames)
    {
        var pointer = "#/paths/" + path.Replace("~", "~0").Replace("/", "~1") + "/" + method.ToString().ToLowerInvariant();
        var operationId = operation.OperationId ?? methodName;
        var typeHint = Naming.WithoutAsyncSuffix(methodName);

        var taken = new HashSet<string>(StringComparer.Ordinal) { "cancellationToken" };
        var bodies = BuildBodies(operation, typeHint, pointer, taken);
        var parameters = BuildParameters(path, pathItem, operation, typeHint, pointer, taken);
        var responses = BuildResponses(operation, typeHint, pointer, methodNames);
        // The default method calls the newest version, so only that version's sunset applies to it.
        var sunset = OpenApiValues.Extension(operation.Extensions, SunsetExtension) ?? responses[0].Sunset;

        return new OperationModel(
            operationId,
            methodName,
            method.ToString().ToUpperInvariant(),
            path,
            operation.Summary,
            operation.Description,
            parameters,
            bodies,
            responses,
            operation.Deprecated || responses[0].Deprecated,
            sunset,
            // Only reads page: paging a POST or PUT would re-send its body once per page.
            method == OperationType.Get ? FindPagination(parameters, responses, typeHint, methodNames) : null,
            new EquatableArray<string>(RoleRequirementText.Roles(operation)),
            RoleRequirementText.RequiresAccessList(operation.Description));
    }

    private EquatableArray<ParameterModel> BuildParameters(string path, OpenApiPathItem pathItem, OpenApiOperation operation, string typeHint, string pointer, HashSet<string> taken)
    {
        // Operation parameters override path-item ones with the same name and location.
        var merged = new List<OpenApiParameter>();
        // A $ref to a missing parameter leaves a null; a parameter without a name can't be sent. Both are skipped.
        foreach (var parameter in (pathItem.Parameters ?? Array.Empty<OpenApiParameter>()).Concat(operation.Parameters ?? Array.Empty<OpenApiParameter>()).Where(p => p is not null))
        {
            if (string.IsNullOrEmpty(parameter.Name) || parameter.In is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/parameters",
                    $"A parameter of '{operation.OperationId}' has no name or location and is not generated");
                continue;
            }

            merged.RemoveAll(p => p.Name == parameter.Name && p.In == parameter.In);
            merged.Add(parameter);
        }

        var models = new List<ParameterModel>();
        for (var i = 0; i < merged.Count; i++)
        {
            var parameter = merged[i];
            var parameterPointer = parameter.Reference is { } reference ? "#/components/parameters/" + reference.Id : pointer + "/parameters/" + i;
            Model.ParameterLocation location;
            switch (parameter.In)
            {
                case Microsoft.OpenApi.Models.ParameterLocation.Path: location = Model.ParameterLocation.Path; break;
                case Microsoft.OpenApi.Models.ParameterLocation.Query: location = Model.ParameterLocation.Query; break;
                case Microsoft.OpenApi.Models.ParameterLocation.Header: location = Model.ParameterLocation.Header; break;
                default:
                    _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer,
                        $"The {parameter.In} parameter '{parameter.Name}' is not supported and is not generated");
                    continue;
            }

            var type = _resolver.Resolve(parameter.Schema, Naming.Pascal(parameter.Name), parameterPointer + "/schema");
            if (!IsSendable(type, location))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer + "/schema",
                    $"The {location.ToString().ToLowerInvariant()} parameter '{parameter.Name}' of '{operation.OperationId}' is not a scalar; it is passed as a string you format");
                type = TypeRef.String;
            }

            var isRequired = parameter.Required || location == Model.ParameterLocation.Path;
            models.Add(new ParameterModel(
                parameter.Name,
                Naming.Unique(Naming.Camel(parameter.Name), taken),
                location,
                type,
                isRequired,
                OpenApiValues.AsText(parameter.Schema?.Default),
                parameter.Description,
                ConstraintReader.Read(parameter.Schema, _diagnostics, parameterPointer + "/schema"),
                parameter.Schema?.Pattern?.IndexOf("%2", StringComparison.Ordinal) >= 0,
                AtlasConventions.RoleOf(parameter.Name, location, type)));
        }

        // C# order: path parameters as the template lists them, then required, then optional ones.
        var order = PathOrder(path);
        return models
            .OrderBy(p => p.Location == Model.ParameterLocation.Path ? 0 : p.IsRequired ? 1 : 2)
            .ThenBy(p => p.Location == Model.ParameterLocation.Path ? order.IndexOf(p.Name) : 0)
            .ToEquatableArray();
    }

    private EquatableArray<BodyModel> BuildBodies(OpenApiOperation operation, string typeHint, string pointer, HashSet<string> taken)
    {
        var content = operation.RequestBody?.Content;
        if (content is null || content.Count == 0)
        {
            return EquatableArray<BodyModel>.Empty;
        }

        var json = content.Where(c => MediaTypes.IsJson(c.Key) && c.Value is not null).OrderBy(c => c.Key, Comparer<string>.Create(MediaTypes.CompareNewestFirst)).ToList();
        if (json.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/requestBody",
                $"The request body of '{operation.OperationId}' has no JSON media type ({string.Join(", ", content.Keys)}); the operation is generated without a body");
            return EquatableArray<BodyModel>.Empty;
        }

        taken.Add("body");
        return json
            .Select(media => new BodyModel(
                _resolver.Resolve(media.Value.Schema, typeHint + "Request", pointer + "/requestBody/content/" + media.Key.Replace("/", "~1") + "/schema"),
                media.Key,
                MediaTypes.Version(media.Key),
                operation.RequestBody!.Required,
                operation.RequestBody.Description))
            .ToEquatableArray();
    }

    private EquatableArray<ResponseModel> BuildResponses(OpenApiOperation operation, string typeHint, string pointer, ISet<string> methodNames)
    {
        var success = (operation.Responses ?? new OpenApiResponses())
            .Where(r => r.Key.Length == 3 && r.Key[0] == '2' && r.Value is not null)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (success.Value is null)
        {
            return new[] { new ResponseModel(_defaultAccept, MediaTypes.Version(_defaultAccept), null, false, null, null) }.ToEquatableArray();
        }

        var responsePointer = pointer + "/responses/" + success.Key;
        var status = int.Parse(success.Key, System.Globalization.CultureInfo.InvariantCulture);
        // JSON first, then other formats (gzip, CSV); newest first within each. The first is the default method.
        var content = (success.Value.Content ?? new Dictionary<string, OpenApiMediaType>())
            .Where(c => c.Value is not null)
            .OrderBy(c => MediaTypes.IsJson(c.Key) ? 0 : 1)
            .ThenBy(c => c.Key, Comparer<string>.Create(MediaTypes.CompareNewestFirst))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var versions = new List<ResponseModel>();
        foreach (var media in content)
        {
            var kind = BodyKind(media.Key, media.Value.Schema);
            var type = kind == ResponseBodyKind.Json && media.Value.Schema is not null
                ? _resolver.Resolve(media.Value.Schema, typeHint + "Response", responsePointer + "/content/" + media.Key.Replace("/", "~1") + "/schema")
                : null;
            var sunset = OpenApiValues.Extension(media.Value.Extensions, SunsetExtension);
            // The default is the first; each other version or format is selected by its own method.
            var methodName = versions.Count == 0 ? null : Naming.Unique(typeHint + AlternativeSuffix(media.Key, versions[0].MediaType) + "Async", methodNames);
            versions.Add(new ResponseModel(media.Key, MediaTypes.Version(media.Key), type, sunset is not null, sunset, methodName, kind, status));
        }

        if (versions.Count == 0)
        {
            // 204 with no content: no body, but still a versioned Accept.
            var accept = (success.Value.Content?.Keys ?? Enumerable.Empty<string>()).Where(k => MediaTypes.Version(k) is not null).OrderBy(k => k, Comparer<string>.Create(MediaTypes.CompareNewestFirst)).FirstOrDefault();
            versions.Add(new ResponseModel(accept ?? _defaultAccept, MediaTypes.Version(accept ?? _defaultAccept), null, false, null, null, ResponseBodyKind.Json, status));
        }

        return versions.ToEquatableArray();
    }

    /// <summary>How a body is read, from its media type and schema (a plain string schema is text; format: binary is bytes).</summary>
    private static ResponseBodyKind BodyKind(string mediaType, OpenApiSchema? schema)
    {
        var plainString = schema is { Type: "string", Enum.Count: 0 } && !SchemaShapes.IsComponentRef(schema) && schema.Format is null or "" or "byte" or "binary";
        return MediaTypes.Kind(mediaType, plainString ? TypeRef.String : null, schema?.Format == "binary");
    }

    /// <summary>
    /// "V20230101" for another version of the default's format, "AsCsv" for another format of its version, both when
    /// both differ.
    /// </summary>
    private static string AlternativeSuffix(string mediaType, string defaultMediaType)
    {
        var format = MediaTypes.Format(mediaType);
        var suffix = format == MediaTypes.Format(defaultMediaType) ? "" : "As" + Naming.Pascal(format);
        if (MediaTypes.Version(mediaType) != MediaTypes.Version(defaultMediaType) || suffix.Length == 0)
        {
            suffix += VersionSuffix(mediaType);
        }

        return suffix;
    }

    private PaginationModel? FindPagination(EquatableArray<ParameterModel> parameters, EquatableArray<ResponseModel> responses, string typeHint, ISet<string> methodNames)
    {
        // Paging needs both page parameters; anything else is left as the plain method.
        if (!parameters.Any(p => p.Role == ParameterRole.PageNum) || !parameters.Any(p => p.Role == ParameterRole.ItemsPerPage) || responses.Count == 0
            || responses[0].Type is not { } responseType
            || _resolver.FindObject(responseType) is not { } page)
        {
            return null;
        }

        var results = page.Properties.FirstOrDefault(p => p.JsonName == "results" && p.Type.Kind == TypeRefKind.List);
        if (results is null)
        {
            return null;
        }

        var total = page.Properties.FirstOrDefault(p => p.JsonName == "totalCount" && p.Type.Kind is TypeRefKind.Int32 or TypeRefKind.Int64);
        // listProjectApiKeys pages as EnumerateProjectApiKeysAsync.
        var enumerate = "Enumerate" + (typeHint.StartsWith("List", StringComparison.Ordinal) ? typeHint.Substring(4) : typeHint) + "Async";
        return new PaginationModel(results.Type.Element!, results.Name, total?.Name, Naming.Unique(enumerate, methodNames));
    }

    /// <summary>
    /// What the client can put in a path, query or header: scalars and enums, and in a query also lists of them
    /// (sent as repeated parameters).
    /// </summary>
    private static bool IsSendable(TypeRef type, Model.ParameterLocation location) => type.Kind switch
    {
        TypeRefKind.String or TypeRefKind.Boolean or TypeRefKind.DateTimeOffset => true,
        _ when type.IsNumber => true,
        TypeRefKind.Named => type.IsEnum,
        TypeRefKind.List => location == Model.ParameterLocation.Query && type.Element!.Kind is not (TypeRefKind.List or TypeRefKind.Map or TypeRefKind.Json)
                            && (type.Element.Kind != TypeRefKind.Named || type.Element.IsEnum),
        _ => false,
    };

    /// <summary>"V20230101" for application/vnd.atlas.2023-01-01+json, "Preview" for the preview version.</summary>
    private static string VersionSuffix(string mediaType)
        => MediaTypes.Version(mediaType) is { } version
            ? (version == "preview" ? "Preview" : "V" + version.Replace("-", ""))
            : "V" + Naming.Pascal(mediaType);

    private static List<string> PathOrder(string path)
    {
        var names = new List<string>();
        for (var start = path.IndexOf('{'); start >= 0; start = path.IndexOf('{', start + 1))
        {
            var end = path.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            names.Add(path.Substring(start + 1, end - start - 1));
        }

        return names;
    }
}

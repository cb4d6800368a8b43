using System.Text.Json.Nodes;
using AtlasGen.Simulator.Handlers;
using AtlasGen.Simulator.Routing;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// Answers every operation without a hand-written handler from the spec alone: the resource its path names
/// (<see cref="ResourceInference"/>) is created, read, paged, merged, replaced and deleted in a per-process store,
/// with the server-set fields filled from the schema facts (<see cref="DocumentFiller"/>), the hand-written
/// <see cref="ResourceRule"/>s layered on, and the request validated as the seed operations' are.
/// </summary>
internal sealed class SpecEngine
{
    private readonly SimulatorSpec _spec;
    private readonly IReadOnlyDictionary<string, InferredOperation> _operations;
    private readonly Dictionary<string, int> _itemSchemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _keyParameters;
    private readonly DocumentFiller _filler;
    private readonly ResourceStore _store = new();
    private readonly IReadOnlyList<ResourceRule> _rules;

    public SpecEngine(SimulatorSpec spec, IReadOnlyList<ResourceRule> rules)
    {
        _spec = spec;
        _rules = rules;
        _operations = ResourceInference.Infer(spec);
        _filler = new DocumentFiller(spec);
        _keyParameters = ResourceInference.KeyParameters(_operations);

        // What a stored item is: what reading it answers, else a page's results, else what creating it answers or sends.
        foreach (var role in new[] { OperationRole.Read, OperationRole.List, OperationRole.Create })
        {
            foreach (var operation in _operations.Values.Where(o => o.Role == role))
            {
                if (ItemSchemaOf(operation) is var schema and >= 0)
                {
                    _itemSchemas.TryAdd(operation.CollectionTemplate, schema);
                }
            }
        }
    }

    /// <summary>The inferred resources, for the tests and the README's figures: collection template to item key parameter.</summary>
    public IReadOnlyDictionary<string, InferredOperation> Operations => _operations;

    public OperationHandler HandlerFor(OperationRoute route)
    {
        var operation = _operations[route.OperationId];
        return context => HandleAsync(context, operation);
    }

    /// <summary>For envelope=true: a page when the newest version answers one.</summary>
    public ResponseShape ShapeOf(OperationRoute route)
        => route.Versions.Count == 0 || route.Versions.All(v => v.BodyKind == ResponseBodyKind.None) ? ResponseShape.None
            : route.Versions.Any(v => IsPage(v.ResponseSchema) && !v.ResponseIsArray) ? ResponseShape.Page
            : ResponseShape.Resource;

    private async Task HandleAsync(OperationContext context, InferredOperation operation)
    {
        CheckParents(context);
        var version = context.Operation.VersionOf(context.MediaType);
        var rule = _rules.FirstOrDefault(r => string.Equals(r.CollectionPathTemplate, operation.CollectionTemplate, StringComparison.Ordinal));
        var status = rule?.StatusFor(context.Operation.Method) ?? context.Operation.AtlasStatus ?? context.Operation.Route.SuccessStatus;
        JsonNode? body = null;
        if (operation.Role is OperationRole.Create or OperationRole.Merge or OperationRole.Replace or OperationRole.SingletonUpdate
            && context.Operation.Route.RequestMediaTypes.Count > 0)
        {
            body = await RequestBodyReader.ReadNodeAsync(context.Http.Request, context.Operation.Route, version.RequestType?.Invoke(), context.Operation.Route.RequestBodyRequired, context.Http.RequestAborted).ConfigureAwait(false);
        }

        var fill = new FillContext(PathValues(context), context.State.Now, context.State.Ids.Next, SelfLink(context));
        if (operation.Role == OperationRole.SingletonRead && Below(operation.CollectionTemplate) is var (parentRule, keyParameters, suffix)
            && ReadBelow(parentRule, keyParameters, Concrete(suffix, context), context, fill) is { } below)
        {
            await RespondAsync(context, version, status, below, fill).ConfigureAwait(false);
            return;
        }

        var collection = _store.At(Concrete(operation.CollectionTemplate, context));
        var answer = collection.Locked(items => operation.Role switch
        {
            OperationRole.Create => Create(items, operation, rule, body, fill, context, version),
            OperationRole.List => Page(items, rule, context, version),
            OperationRole.Read => Read(items, operation, rule, context, fill),
            OperationRole.Merge or OperationRole.Replace => Update(items, operation, rule, body, context, fill),
            OperationRole.Delete => Delete(items, operation, rule, context, fill),
            OperationRole.SingletonRead => Singleton(items, operation, rule, null, false, context, fill, version),
            OperationRole.SingletonUpdate => Singleton(items, operation, rule, body, context.Operation.Method == "PUT", context, fill, version),
            _ => DeleteSingleton(items),
        });

        await RespondAsync(context, version, status, answer, fill).ConfigureAwait(false);
    }

    private JsonNode? Create(ResourceCollection items, InferredOperation operation, ResourceRule? rule, JsonNode? body, FillContext fill, OperationContext context, ResponseVersion version)
    {
        body ??= new JsonObject();
        var toCreate = rule is not null ? rule.ItemsToCreate(body).ToList() : DefaultItems(body);
        var itemSchema = ItemSchema(operation.CollectionTemplate, version.RequestSchema);
        var keyParameters = _keyParameters.GetValueOrDefault(operation.CollectionTemplate) ?? Array.Empty<string>();
        ResourceItem? last = null;
        foreach (var requested in toCreate)
        {
            var document = (JsonObject)requested.DeepClone();
            _filler.Fill(document, itemSchema, fill);
            var key = KeyInference.KeyOf(document, rule, keyParameters) ?? AssignId(document, fill);
            key = rule?.NormalizeKey(key) ?? key;
            var item = new ResourceItem(key, document, fill.Now);
            if (!items.TryAdd(item))
            {
                throw rule?.Duplicate(key, fill.PathValues) ?? SimulatorApiException.Conflict(ResourceAlreadyExists, $"A resource with key {key} already exists.", key);
            }

            rule?.OnCreated(item, fill.Now);
            last = item;
        }

        // A create that answers a page (the access list) answers the collection; otherwise the created item.
        return IsPage(version.ResponseSchema) || version.ResponseIsArray ? Page(items, rule, context, version) : last?.Body.DeepClone();
    }

    private JsonNode Page(ResourceCollection items, ResourceRule? rule, OperationContext context, ResponseVersion version)
    {
        var live = items.Items;
        foreach (var item in live)
        {
            Read(item, rule, context.State.Now);
        }

        items.Sweep();
        live = items.Items;
        var results = new JsonArray(live.Skip((context.Query.PageNum - 1) * context.Query.ItemsPerPage).Take(context.Query.ItemsPerPage).Select(i => (JsonNode)i.Body.DeepClone()).ToArray());
        if (version.ResponseIsArray)
        {
            return results;
        }

        var page = new JsonObject
        {
            ["links"] = new JsonArray(context.PageLinks(live.Count).Select(l => (JsonNode)new JsonObject { ["href"] = l.Href, ["rel"] = l.Rel }).ToArray()),
            ["results"] = results,
        };
        if (context.Query.IncludeCount)
        {
            page["totalCount"] = live.Count;
        }

        return page;
    }

    private JsonNode Read(ResourceCollection items, InferredOperation operation, ResourceRule? rule, OperationContext context, FillContext fill)
    {
        var item = Find(items, operation, rule, context, fill);
        Read(item, rule, context.State.Now);
        items.Sweep();
        return item.Removed ? throw Missing(operation, rule, item.Key, fill) : item.Body.DeepClone();
    }

    private JsonNode Update(ResourceCollection items, InferredOperation operation, ResourceRule? rule, JsonNode? body, OperationContext context, FillContext fill)
    {
        var item = Find(items, operation, rule, context, fill);
        rule?.OnUpdating(item, body as JsonObject ?? new JsonObject(), context.State.Now);
        Apply(item, body as JsonObject, operation.Role == OperationRole.Replace, ItemSchema(operation.CollectionTemplate, -1), fill);
        rule?.OnUpdated(item, context.State.Now);
        return item.Body.DeepClone();
    }

    private JsonNode? Delete(ResourceCollection items, InferredOperation operation, ResourceRule? rule, OperationContext context, FillContext fill)
    {
        var key = Key(operation, rule, context);
        var item = items.Find(key);
        if (item is null)
        {
            // Atlas answers a missing item 404 where users create them; items only Atlas makes are accepted as gone.
            return operation.CollectionHasCreate && !ResourceInference.IsKnownParent(operation.KeyParameter) ? throw Missing(operation, rule, key, fill) : null;
        }

        if (rule?.RemoveOnDelete(item, context.State.Now) ?? true)
        {
            items.Remove(item);
        }

        return null;
    }

    private JsonNode Singleton(ResourceCollection items, InferredOperation operation, ResourceRule? rule, JsonNode? body, bool replace, OperationContext context, FillContext fill, ResponseVersion version)
    {
        var schema = version.ResponseSchema >= 0 ? version.ResponseSchema : version.RequestSchema;
        if (version.ResponseIsArray && items.Find(string.Empty) is null && body is null)
        {
            return new JsonArray();
        }

        var item = items.Find(string.Empty);
        if (item is null)
        {
            var document = new JsonObject();
            _filler.Fill(document, schema, fill);
            item = new ResourceItem(string.Empty, document, fill.Now);
            items.TryAdd(item);
            rule?.OnCreated(item, fill.Now);
        }

        if (body is JsonObject changes)
        {
            Apply(item, changes, replace, schema, fill);
            rule?.OnUpdated(item, context.State.Now);
        }
        else
        {
            Read(item, rule, context.State.Now);
        }

        _ = operation;
        return item.Body.DeepClone();
    }

    /// <summary>
    /// For a path below a ruled collection's item path (<c>/accessList/{entryValue}/status</c>): the rule, the item's key
    /// parameters and the suffix template; null for any other path. The item path must name the item by its own key
    /// (<c>/clusters/{hostName}/logs/…</c> names a host, not a cluster).
    /// </summary>
    private (ResourceRule Rule, IReadOnlyList<string> KeyParameters, string Suffix)? Below(string path)
    {
        foreach (var rule in _rules)
        {
            if (_keyParameters.TryGetValue(rule.CollectionPathTemplate, out var keys)
                && rule.CollectionPathTemplate + string.Concat(keys.Select(k => "/{" + k + "}")) is var item
                && path.StartsWith(item + "/", StringComparison.Ordinal))
            {
                return (rule, keys, path[item.Length..]);
            }
        }

        return null;
    }

    /// <summary>The rule's answer below the parent item, which must exist (the rule's 404 otherwise); null lets the engine answer.</summary>
    private JsonNode? ReadBelow(ResourceRule rule, IReadOnlyList<string> keyParameters, string suffix, OperationContext context, FillContext fill)
    {
        var key = rule.NormalizeKey(string.Join('/', keyParameters.Select(context.Route)));
        return _store.At(Concrete(rule.CollectionPathTemplate, context)).Locked(items =>
        {
            var item = items.Find(key) ?? throw rule.NotFound(key, fill.PathValues) ?? ResourceErrorCodes.NotFound(keyParameters[^1], key);
            return rule.ReadBelow(item, suffix, context.State.Now);
        });
    }

    private static JsonNode? DeleteSingleton(ResourceCollection items)
    {
        if (items.Find(string.Empty) is { } item)
        {
            items.Remove(item);
        }

        return null;
    }

    /// <summary>The item the path names; one that only Atlas makes (no operation creates it) is made on first access.</summary>
    private ResourceItem Find(ResourceCollection items, InferredOperation operation, ResourceRule? rule, OperationContext context, FillContext fill)
    {
        var key = Key(operation, rule, context);
        if (items.Find(key) is { } found)
        {
            return found;
        }

        // A project or organization the path names exists (CheckParents said so), even when a handler, not the engine, made it.
        if (operation.CollectionHasCreate && !ResourceInference.IsKnownParent(operation.KeyParameter))
        {
            throw Missing(operation, rule, key, fill);
        }

        var schema = ItemSchema(operation.CollectionTemplate, -1);
        var document = new JsonObject();
        if (KeyInference.PropertyFor(_spec.Schema(schema), operation.KeyParameter) is { } property)
        {
            document[property] = key;
        }

        _filler.Fill(document, schema, fill);
        var item = new ResourceItem(key, document, fill.Now);
        items.TryAdd(item);
        rule?.OnCreated(item, fill.Now);
        return item;
    }

    /// <summary>A missing item's 404: the rule's in Atlas's words, else the engine's.</summary>
    private static SimulatorApiException Missing(InferredOperation operation, ResourceRule? rule, string key, FillContext fill)
        => rule?.NotFound(key, fill.PathValues) ?? ResourceErrorCodes.NotFound(operation.KeyParameter!, key);

    private static string Key(InferredOperation operation, ResourceRule? rule, OperationContext context)
    {
        var key = string.Join('/', operation.KeyParameters.Select(context.Route));
        return rule?.NormalizeKey(key) ?? key;
    }

    private static void Read(ResourceItem item, ResourceRule? rule, DateTimeOffset now)
    {
        item.Reads++;
        rule?.OnRead(item, now);
    }

    /// <summary>PATCH merges the body's top-level properties; PUT replaces the body, keeping what the server set.</summary>
    private void Apply(ResourceItem item, JsonObject? changes, bool replace, int schema, FillContext fill)
    {
        if (changes is null)
        {
            return;
        }

        if (replace)
        {
            var replaced = (JsonObject)changes.DeepClone();
            foreach (var property in _spec.Schema(schema)?.Properties.Where(p => p.ReadOnly || p.Name == "links") ?? Enumerable.Empty<SchemaProperty>())
            {
                if (item.Body[property.Name] is { } kept && replaced[property.Name] is null)
                {
                    replaced[property.Name] = kept.DeepClone();
                }
            }

            item.Body = replaced;
        }
        else
        {
            foreach (var (name, value) in changes)
            {
                item.Body[name] = value?.DeepClone();
            }
        }

        _filler.Fill(item.Body, schema, fill);
        item.Reads = 0;
    }

    private async Task RespondAsync(OperationContext context, ResponseVersion version, int status, JsonNode? answer, FillContext fill)
    {
        switch (version.BodyKind)
        {
            case ResponseBodyKind.Text or ResponseBodyKind.Binary:
                await ResponseWriter.WriteBytesAsync(context.Http, context.MediaType, status == 204 ? 200 : status, NonJsonBodies.For(context.MediaType, context.State.Now)).ConfigureAwait(false);
                return;
            // A rule's status (Atlas's 202 for a cluster delete) wins over the spec's body-less 204.
            case ResponseBodyKind.None when status != 204 && status != context.Operation.Route.SuccessStatus:
                await ResponseWriter.WriteEmptyObjectAsync(context.Http, context.MediaType, status).ConfigureAwait(false);
                return;
            case ResponseBodyKind.None:
                await context.NoContentAsync().ConfigureAwait(false);
                return;
        }

        // A scalar answer (a boolean flag, a count) is its kind's default; the store keeps documents only.
        if (version.ResponseKind is not (SchemaKind.Object or SchemaKind.Array or SchemaKind.Any or SchemaKind.Map))
        {
            answer = ScalarDefault(version.ResponseKind, context.State.Now);
        }

        // The answer's own schema may set fields the stored item's does not (a create answering another type).
        answer ??= version.ResponseIsArray ? new JsonArray() : new JsonObject();
        if (answer is JsonObject document && !IsPage(version.ResponseSchema))
        {
            _filler.Fill(document, version.ResponseSchema, fill);
        }

        var shape = answer is JsonObject page && page.ContainsKey("results") ? ResponseShape.Page : ResponseShape.Resource;
        await ResponseWriter.WriteNodeAsync(context.Http, context.MediaType, context.Query, shape, status == 204 ? 200 : status, answer).ConfigureAwait(false);
    }

    private static JsonNode ScalarDefault(SchemaKind kind, DateTimeOffset now) => kind switch
    {
        SchemaKind.Boolean => JsonValue.Create(false),
        SchemaKind.Integer or SchemaKind.Number => JsonValue.Create(0),
        SchemaKind.DateTime => JsonValue.Create(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(string.Empty),
    };

    private static void CheckParents(OperationContext context)
    {
        var parameters = context.Operation.Route.Parameters;
        if (parameters.Any(p => p.In == "path" && p.Name == "groupId"))
        {
            _ = Resolve.Project(context);
        }

        if (parameters.Any(p => p.In == "path" && p.Name == "orgId"))
        {
            _ = Resolve.Organization(context);
        }
    }

    private static List<JsonObject> DefaultItems(JsonNode body)
        => body switch
        {
            JsonObject item => new List<JsonObject> { item },
            JsonArray array => array.OfType<JsonObject>().ToList(),
            _ => new List<JsonObject>(),
        };

    private static string AssignId(JsonObject document, FillContext fill)
    {
        var id = fill.NewId();
        document["id"] ??= id;
        return document["id"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : id;
    }

    private int ItemSchemaOf(InferredOperation operation)
    {
        var newest = operation.Route.Versions.FirstOrDefault(v => v.BodyKind == ResponseBodyKind.Json);
        return operation.Role switch
        {
            OperationRole.Read => newest?.ResponseSchema ?? -1,
            OperationRole.List => ResultsSchema(newest),
            OperationRole.Create when newest is not null && !IsPage(newest.ResponseSchema) && !newest.ResponseIsArray => newest.ResponseSchema,
            OperationRole.Create => operation.Route.Versions.FirstOrDefault()?.RequestSchema ?? -1,
            _ => -1,
        };
    }

    private int ResultsSchema(ResponseVersion? version)
        => version is null ? -1
            : version.ResponseIsArray ? version.ResponseSchema
            : _spec.Schema(version.ResponseSchema)?.Properties.FirstOrDefault(p => p.Name == "results")?.Schema ?? -1;

    private int ItemSchema(string collectionTemplate, int fallback) => _itemSchemas.TryGetValue(collectionTemplate, out var schema) ? schema : fallback;

    private bool IsPage(int schema) => _spec.Schema(schema)?.Properties.Any(p => p.Name == "results" && p.Kind == SchemaKind.Array) == true;

    private static string Concrete(string template, OperationContext context)
        => s_parameter.Replace(template, match => Uri.EscapeDataString(context.Route(match.Groups[1].Value)));

    private static readonly System.Text.RegularExpressions.Regex s_parameter = new(@"\{([^{}/]+)\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static Dictionary<string, string> PathValues(OperationContext context)
        => context.Operation.Route.Parameters.Where(p => p.In == "path").ToDictionary(p => p.Name, p => context.Route(p.Name), StringComparer.Ordinal);

    private static string SelfLink(OperationContext context)
        => $"{context.Http.Request.Scheme}://{context.Http.Request.Host}{context.Http.Request.Path}";

    /// <summary>A create whose key is taken: Atlas's resources each have their own DUPLICATE_ code; the engine has one.</summary>
    private const string ResourceAlreadyExists = "RESOURCE_ALREADY_EXISTS";
}

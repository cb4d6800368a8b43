using System.Text.Json;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Third-party service integrations: at most one per type and project, as the spec says.</summary>
internal static class IntegrationHandlers
{
    public static Task ListAsync(OperationContext context)
        => WriteAllAsync(context, Resolve.Project(context));

    public static Task GetAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var type = context.Route("integrationType");
        var record = project.Integrations.Get(type) ?? throw NotConfigured(type);
        return context.OkAsync(View(record), OperationContext.Json.ThirdPartyIntegration);
    }

    public static async Task CreateAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var record = await ReadAsync(context).ConfigureAwait(false);
        if (!project.Integrations.TryAdd(record.Type, record))
        {
            throw SimulatorApiException.Conflict(AtlasErrorCodes.IntegrationAlreadyExists, $"A {record.Type} integration is already configured for this project.", record.Type);
        }

        await WriteAllAsync(context, project).ConfigureAwait(false);
    }

    public static async Task UpdateAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var record = await ReadAsync(context).ConfigureAwait(false);
        _ = project.Integrations.Update(record.Type, _ => record) ?? throw NotConfigured(record.Type);
        await WriteAllAsync(context, project).ConfigureAwait(false);
    }

    public static Task DeleteAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var type = context.Route("integrationType");
        return project.Integrations.Remove(type) ? context.NoContentAsync() : throw NotConfigured(type);
    }

    private static async Task<IntegrationRecord> ReadAsync(OperationContext context)
    {
        var type = context.Route("integrationType");
        var body = await context.ReadBodyAsync(OperationContext.Json.ThirdPartyIntegration, shapeOf: Handlers.IntegrationRules.ShapeOf).ConfigureAwait(false);
        var bodyType = IntegrationRules.Validate(body);
        if (bodyType != type)
        {
            throw new SimulatorApiException(400, AtlasErrorCodes.InvalidAttribute, $"The body's type {bodyType} does not match the path's integrationType {type}.", "type");
        }

        // Atlas gives each integration an ID, kept across updates.
        var existing = Resolve.Project(context).Integrations.Get(type);
        body.Id = existing is null ? context.State.Ids.Next() : JsonSerializer.Deserialize(existing.Json, OperationContext.Json.ThirdPartyIntegration)!.Id;

        // Stored as JSON and read back per response: every response gets its own objects to redact.
        return new IntegrationRecord(type, JsonSerializer.SerializeToUtf8Bytes(body, OperationContext.Json.ThirdPartyIntegration));
    }

    private static Task WriteAllAsync(OperationContext context, ProjectRecord project)
    {
        var (results, total, all) = context.Query.Page(project.Integrations.Snapshot());
        return context.OkAsync(
            new PaginatedIntegrationView { Results = results.Select(View).ToList(), TotalCount = total, Links = context.PageLinks(all) },
            OperationContext.Json.PaginatedIntegrationView);
    }

    private static ThirdPartyIntegration View(IntegrationRecord record)
        => IntegrationRules.Redact(JsonSerializer.Deserialize(record.Json, OperationContext.Json.ThirdPartyIntegration)!);

    private static SimulatorApiException NotConfigured(string type)
        => SimulatorApiException.NotFound(AtlasErrorCodes.ResourceNotFound, $"No {type} integration is configured for this project.", type);
}

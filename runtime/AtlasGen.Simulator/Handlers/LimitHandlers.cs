using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// Project limits. The Atlas limits always have a value (their default until set; delete resets them); a Data
/// Federation limit exists only once set (get and delete of an unset one are 404).
/// </summary>
internal static class LimitHandlers
{
    /// <summary>Every limit that has a value, in the spec's order: an array, as Atlas answers.</summary>
    public static Task ListAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var limits = LimitCatalog.All
            .Select(definition => (definition, record: project.Limits.Get(definition.Name)))
            .Where(l => !l.definition.IsDataFederation || l.record is not null)
            .Select(l => View(l.definition, l.record))
            .ToList();
        return context.OkAsync(limits, OperationContext.Json.ListDataFederationLimit);
    }

    public static Task GetAsync(OperationContext context)
    {
        var (definition, record) = Find(context, Resolve.Project(context));
        return context.OkAsync(View(definition, record), OperationContext.Json.DataFederationLimit);
    }

    public static async Task SetAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var definition = LimitCatalog.Get(context.Route("limitName"));
        // The discriminator is the readOnly name, which clients don't send: the path says which limit this is.
        var body = await context.ReadBodyAsync(OperationContext.Json.DataFederationLimit, required: false, _ => OperationContext.Json.DefaultLimit).ConfigureAwait(false);
        var value = body.Value;
        if (value < 1 || value > definition.MaximumLimit)
        {
            throw new SimulatorApiException(400, AtlasErrorCodes.InvalidAttribute,
                $"Invalid attribute value specified: {value} is outside 1..{definition.MaximumLimit} for {definition.Name}.", "value");
        }

        var record = new LimitRecord(definition.Name, value, null, context.State.Now);
        project.Limits.Set(definition.Name, record);
        await context.OkAsync(View(definition, record), OperationContext.Json.DataFederationLimit).ConfigureAwait(false);
    }

    public static Task DeleteAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var (definition, _) = Find(context, project);
        project.Limits.Remove(definition.Name);
        return context.NoContentAsync();
    }

    private static (LimitDefinition Definition, LimitRecord? Record) Find(OperationContext context, ProjectRecord project)
    {
        var definition = LimitCatalog.Get(context.Route("limitName"));
        var record = project.Limits.Get(definition.Name);
        return record is null && definition.IsDataFederation
            ? throw SimulatorApiException.NotFound(AtlasErrorCodes.ResourceNotFound, $"The limit {definition.Name} is not set for this project.", definition.Name)
            : (definition, record);
    }

    /// <summary>An Atlas limit is a DefaultLimit (its name selects that subtype); a Data Federation limit is the base shape.</summary>
    private static DataFederationLimit View(LimitDefinition definition, LimitRecord? record)
    {
        if (definition.IsDataFederation)
        {
            return new DataFederationLimit { Name = definition.Name, Value = record!.Value, CurrentUsage = 0 };
        }

        return new DefaultLimit
        {
            Name = definition.Name,
            Value = record?.Value ?? definition.DefaultLimit!.Value,
            DefaultLimit = definition.DefaultLimit,
            MaximumLimit = definition.MaximumLimit,
            CurrentUsage = 0,
        };
    }
}

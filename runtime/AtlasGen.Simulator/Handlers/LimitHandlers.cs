using System.Linq;
using System.Threading.Tasks;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;
using AtlasGen.Simulator.State;
using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// Project limits. The six Atlas limits always have a value (their default until set; delete resets them); a Data
/// Federation limit exists only once set (get and delete of an unset one are 404).
/// </summary>
internal static class LimitHandlers
{
    /// <summary>
    /// The bundled spec types this response as one ApiLimitView (Atlas itself returns an array), so the simulator
    /// answers with the limit set most recently, or the spec's first limit when none was set.
    /// </summary>
    public static Task ListAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var latest = project.Limits.Snapshot().OrderByDescending(l => l.LastModified).FirstOrDefault();
        var definition = latest is null ? LimitCatalog.All[0] : LimitCatalog.Get(latest.Name);
        return context.OkAsync(View(definition, latest), OperationContext.Json.ApiLimitView);
    }

    public static Task GetAsync(OperationContext context)
    {
        var (definition, record) = Find(context, Resolve.Project(context));
        return context.OkAsync(View(definition, record), OperationContext.Json.ApiLimitView);
    }

    public static async Task SetAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var definition = LimitCatalog.Get(context.Route("limitName"));
        long value;
        string? overrunPolicy = null;
        // The spec's discriminator is the readOnly name, which clients don't send: the path says which shape the body has.
        if (definition.IsDataFederation)
        {
            var body = await context.ReadBodyAsync(OperationContext.Json.ApiAtlasDataFederationQueryLimitView, required: false).ConfigureAwait(false);
            value = body.Value;
            overrunPolicy = Check.Known(body.OverrunPolicy, "overrunPolicy")?.Value;
        }
        else
        {
            // ApiLimitView's metadata is a polymorphic converter with no properties to name a missing one from; its subtype
            // has the same required members (value; the readOnly name is never required in a request).
            var body = await context.ReadBodyAsync(OperationContext.Json.ApiLimitView, required: false, _ => OperationContext.Json.ApiAtlasDataFederationQueryLimitView).ConfigureAwait(false);
            value = body.Value;
        }

        if (value < 1 || value > definition.MaximumLimit)
        {
            throw new SimulatorApiException(400, AtlasErrorCodes.InvalidAttribute,
                $"Invalid attribute value specified: {value} is outside 1..{definition.MaximumLimit} for {definition.Name}.", "value");
        }

        var record = new LimitRecord(definition.Name, value, overrunPolicy ?? project.Limits.Get(definition.Name)?.OverrunPolicy, context.State.Now);
        project.Limits.Set(definition.Name, record);
        await context.OkAsync(View(definition, record), OperationContext.Json.ApiLimitView).ConfigureAwait(false);
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

    private static ApiLimitView View(LimitDefinition definition, LimitRecord? record)
    {
        if (definition.IsDataFederation)
        {
            return new ApiAtlasDataFederationQueryLimitView
            {
                Name = definition.Name,
                Value = record!.Value,
                CurrentUsage = 0,
                OverrunPolicy = record.OverrunPolicy is { } policy ? new ApiAtlasDataFederationQueryLimitViewOverrunPolicy(policy) : (ApiAtlasDataFederationQueryLimitViewOverrunPolicy?)null,
                LastModifiedDate = record.LastModified,
            };
        }

        return new ApiLimitView
        {
            Name = definition.Name,
            Value = record?.Value ?? definition.DefaultLimit!.Value,
            DefaultLimit = definition.DefaultLimit,
            MaximumLimit = definition.MaximumLimit,
            CurrentUsage = 0,
        };
    }
}

using System.Text.Json;
using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Database auditing configuration of a project.</summary>
internal static class AuditingHandlers
{
    public static Task GetAsync(OperationContext context)
        => context.OkAsync(View(Resolve.Project(context).Auditing.Value), OperationContext.Json.AuditLog);

    public static async Task UpdateAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        // A partial update: what the body leaves out keeps its value.
        var body = await context.ReadBodyAsync(OperationContext.Json.AuditLog).ConfigureAwait(false);
        if (body.AuditFilter is { } filter && !IsJsonDocument(filter))
        {
            throw SimulatorApiException.InvalidAttribute("auditFilter");
        }

        var updated = project.Auditing.Update(current => new AuditingConfiguration(
            body.Enabled ?? current.Enabled, body.AuditFilter ?? current.AuditFilter, body.AuditAuthorizationSuccess ?? current.AuditAuthorizationSuccess, "FILTER_JSON"));
        await context.OkAsync(View(updated), OperationContext.Json.AuditLog).ConfigureAwait(false);
    }

    /// <summary>Atlas stores the filter as a JSON document; anything else is refused.</summary>
    private static bool IsJsonDocument(string filter)
    {
        try
        {
            using var document = JsonDocument.Parse(filter);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static AuditLog View(AuditingConfiguration configuration) => new()
    {
        Enabled = configuration.Enabled,
        AuditFilter = configuration.AuditFilter,
        AuditAuthorizationSuccess = configuration.AuditAuthorizationSuccess,
        ConfigurationType = new AuditLogConfigurationType(configuration.ConfigurationType),
    };
}

using System.Text.Json;
using System.Threading.Tasks;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;
using AtlasGen.Simulator.State;
using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>Database auditing configuration of a project.</summary>
internal static class AuditingHandlers
{
    public static Task GetAsync(OperationContext context)
        => context.OkAsync(View(Resolve.Project(context).Auditing.Value), OperationContext.Json.ApiAtlasAuditLogView);

    public static async Task UpdateAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        // The server metadata requires auditAuthorizationSuccess, auditFilter and enabled (MISSING_ATTRIBUTE otherwise).
        var body = await context.ReadBodyAsync(OperationContext.Json.ApiAtlasAuditLogView).ConfigureAwait(false);
        var filter = Check.Required(body.AuditFilter, "auditFilter");
        if (!IsJsonDocument(filter))
        {
            throw SimulatorApiException.InvalidAttribute("auditFilter");
        }

        var updated = project.Auditing.Update(_ => new AuditingConfiguration(body.Enabled, filter, body.AuditAuthorizationSuccess, "FILTER_JSON"));
        await context.OkAsync(View(updated), OperationContext.Json.ApiAtlasAuditLogView).ConfigureAwait(false);
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

    private static ApiAtlasAuditLogView View(AuditingConfiguration configuration) => new()
    {
        Enabled = configuration.Enabled,
        AuditFilter = configuration.AuditFilter,
        AuditAuthorizationSuccess = configuration.AuditAuthorizationSuccess,
        ConfigurationType = new ApiAtlasAuditLogViewConfigurationType(configuration.ConfigurationType),
    };
}

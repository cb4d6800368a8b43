using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;
using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// The nine integration variants of the IntegrationViewForNdsGroup oneOf: which variant a body is, the spec's rules on
/// each, and the redaction Atlas applies to their secrets when it shows them back.
/// </summary>
internal static class IntegrationRules
{
    /// <summary>The variant metadata for a body, by its "type" discriminator, so missing required properties can be named.</summary>
    public static JsonTypeInfo? ShapeOf(JsonElement element)
    {
        var type = element.TryGetProperty("type", out var tag) && tag.ValueKind == JsonValueKind.String ? tag.GetString() : null;
        var json = OperationContext.Json;
        return type switch
        {
            "DATADOG" => json.ApiDatadogView,
            "MICROSOFT_TEAMS" => json.ApiMicrosoftTeamsView,
            "NEW_RELIC" => json.ApiNewRelicView,
            "OPS_GENIE" => json.ApiOpsGenieView,
            "PAGER_DUTY" => json.ApiPagerDutyView,
            "PROMETHEUS" => json.ApiPrometheusView,
            "SLACK" => json.ApiSlackView,
            "VICTOR_OPS" => json.ApiVictorOpsView,
            "WEBHOOK" => json.ApiWebhookView,
            _ => null,
        };
    }

    /// <summary>Checks a variant against the spec and returns its type; an unknown variant is INVALID_ENUM_VALUE.</summary>
    public static string Validate(IntegrationViewForNdsGroup body)
    {
        switch (body.Value)
        {
            case ApiDatadogView v:
                Check.Required(v.ApiKey, "apiKey");
                Check.Known(v.Region, "region");
                return Type(v.Type?.Value);
            case ApiMicrosoftTeamsView v:
                Check.Required(v.MicrosoftTeamsWebhookUrl, "microsoftTeamsWebhookUrl");
                return Type(v.Type?.Value);
            case ApiNewRelicView v:
                Check.Required(v.AccountId, "accountId");
                Check.Required(v.LicenseKey, "licenseKey");
                Check.Required(v.ReadToken, "readToken");
                Check.Required(v.WriteToken, "writeToken");
                return Type(v.Type?.Value);
            case ApiOpsGenieView v:
                Check.Required(v.ApiKey, "apiKey");
                Check.Known(v.Region, "region");
                return Type(v.Type?.Value);
            case ApiPagerDutyView v:
                Check.Required(v.ServiceKey, "serviceKey");
                Check.Known(v.Region, "region");
                return Type(v.Type?.Value);
            case ApiPrometheusView v:
                Check.Required(v.Username, "username");
                Check.Known(v.Scheme, "scheme");
                Check.Known(v.ServiceDiscovery, "serviceDiscovery");
                return Type(v.Type?.Value);
            case ApiSlackView v:
                Check.Required(v.ApiToken, "apiToken");
                Check.Required(v.ChannelName, "channelName");
                return Type(v.Type?.Value);
            case ApiVictorOpsView v:
                Check.Required(v.ApiKey, "apiKey");
                return Type(v.Type?.Value);
            case ApiWebhookView v:
                Check.Required(v.Url, "url");
                return Type(v.Type?.Value);
            default:
                var raw = body.RawJson is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("type", out var tag) ? tag.ToString() : null;
                throw raw is null ? SimulatorApiException.MissingAttribute("type") : SimulatorApiException.InvalidEnumValue(raw, "type");
        }
    }

    /// <summary>Atlas shows integration secrets partially redacted, and a webhook secret completely.</summary>
    public static IntegrationViewForNdsGroup Redact(IntegrationViewForNdsGroup integration)
    {
        switch (integration.Value)
        {
            case ApiDatadogView v:
                v.ApiKey = Mask(v.ApiKey);
                break;
            case ApiMicrosoftTeamsView v:
                v.MicrosoftTeamsWebhookUrl = Mask(v.MicrosoftTeamsWebhookUrl);
                break;
            case ApiNewRelicView v:
                v.LicenseKey = Mask(v.LicenseKey);
                v.ReadToken = Mask(v.ReadToken);
                v.WriteToken = Mask(v.WriteToken);
                break;
            case ApiOpsGenieView v:
                v.ApiKey = Mask(v.ApiKey);
                break;
            case ApiPagerDutyView v:
                v.ServiceKey = Mask(v.ServiceKey);
                break;
            case ApiSlackView v:
                v.ApiToken = Mask(v.ApiToken);
                break;
            case ApiVictorOpsView v:
                v.ApiKey = Mask(v.ApiKey);
                break;
            case ApiWebhookView v:
                v.Url = Mask(v.Url);
                v.Secret = v.Secret is null ? null : new string('*', v.Secret.Length);
                break;
        }

        return integration;
    }

    private static string Type(string? type) => type ?? throw SimulatorApiException.MissingAttribute("type");

    private static string Mask(string value) => value.Length <= 4 ? new string('*', value.Length) : new string('*', value.Length - 4) + value[^4..];
}

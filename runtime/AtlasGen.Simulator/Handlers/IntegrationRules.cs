using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Simulator.Http;
using AtlasGen.Simulator.Models;
using AtlasGen.Simulator.Validation;

namespace AtlasGen.Simulator.Handlers;

/// <summary>
/// The nine subtypes of ThirdPartyIntegration (discriminated by "type"): which variant a body is, the spec's rules on
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
            "DATADOG" => json.Datadog,
            "MICROSOFT_TEAMS" => json.MicrosoftTeams,
            "NEW_RELIC" => json.NewRelic,
            "OPS_GENIE" => json.OpsGenie,
            "PAGER_DUTY" => json.PagerDuty,
            "PROMETHEUS" => json.Prometheus,
            "SLACK" => json.Slack,
            "VICTOR_OPS" => json.VictorOps,
            "WEBHOOK" => json.Webhook,
            _ => null,
        };
    }

    /// <summary>Checks a variant against the spec and returns its type; an unknown variant is INVALID_ENUM_VALUE.</summary>
    public static string Validate(ThirdPartyIntegration body)
    {
        switch (body)
        {
            case Datadog v:
                Check.Required(v.ApiKey, "apiKey");
                return Type(v.Type?.Value);
            case MicrosoftTeams v:
                Check.Required(v.MicrosoftTeamsWebhookUrl, "microsoftTeamsWebhookUrl");
                return Type(v.Type?.Value);
            case NewRelic v:
                Check.Required(v.AccountId, "accountId");
                Check.Required(v.LicenseKey, "licenseKey");
                Check.Required(v.ReadToken, "readToken");
                Check.Required(v.WriteToken, "writeToken");
                return Type(v.Type?.Value);
            case OpsGenie v:
                Check.Required(v.ApiKey, "apiKey");
                return Type(v.Type?.Value);
            case PagerDuty v:
                Check.Required(v.ServiceKey, "serviceKey");
                return Type(v.Type?.Value);
            case Prometheus v:
                Check.Required(v.Username, "username");
                return Type(v.Type?.Value);
            case Slack v:
                Check.Required(v.ApiToken, "apiToken");
                Check.Required(v.ChannelName, "channelName");
                return Type(v.Type?.Value);
            case VictorOps v:
                Check.Required(v.ApiKey, "apiKey");
                return Type(v.Type?.Value);
            case Webhook v:
                Check.Required(v.Url, "url");
                return Type(v.Type?.Value);
            default:
                throw body.Type is { } unknown ? SimulatorApiException.InvalidEnumValue(unknown.Value, "type") : SimulatorApiException.MissingAttribute("type");
        }
    }

    /// <summary>Atlas shows integration secrets partially redacted, and a webhook secret completely.</summary>
    public static ThirdPartyIntegration Redact(ThirdPartyIntegration integration)
    {
        switch (integration)
        {
            case Datadog v:
                v.ApiKey = Mask(v.ApiKey);
                break;
            case MicrosoftTeams v:
                v.MicrosoftTeamsWebhookUrl = Mask(v.MicrosoftTeamsWebhookUrl);
                break;
            case NewRelic v:
                v.LicenseKey = Mask(v.LicenseKey);
                v.ReadToken = Mask(v.ReadToken);
                v.WriteToken = Mask(v.WriteToken);
                break;
            case OpsGenie v:
                v.ApiKey = Mask(v.ApiKey);
                break;
            case PagerDuty v:
                v.ServiceKey = Mask(v.ServiceKey);
                break;
            case Slack v:
                v.ApiToken = Mask(v.ApiToken);
                break;
            case VictorOps v:
                v.ApiKey = Mask(v.ApiKey);
                break;
            case Webhook v:
                v.Url = Mask(v.Url);
                v.Secret = v.Secret is null ? null : new string('*', v.Secret.Length);
                break;
        }

        return integration;
    }

    private static string Type(string? type) => type ?? throw SimulatorApiException.MissingAttribute("type");

    private static string Mask(string value) => value.Length <= 4 ? new string('*', value.Length) : new string('*', value.Length - 4) + value[^4..];
}

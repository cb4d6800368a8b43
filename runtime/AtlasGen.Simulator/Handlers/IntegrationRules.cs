using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
        (string? Value, string Attribute)[] required = body switch
        {
            Datadog v => [(v.ApiKey, "apiKey")],
            MicrosoftTeams v => [(v.MicrosoftTeamsWebhookUrl, "microsoftTeamsWebhookUrl")],
            NewRelic v => [(v.AccountId, "accountId"), (v.LicenseKey, "licenseKey"), (v.ReadToken, "readToken"), (v.WriteToken, "writeToken")],
            OpsGenie v => [(v.ApiKey, "apiKey")],
            PagerDuty v => [(v.ServiceKey, "serviceKey")],
            Prometheus v => [(v.Username, "username")],
            Slack v => [(v.ApiToken, "apiToken"), (v.ChannelName, "channelName")],
            VictorOps v => [(v.ApiKey, "apiKey")],
            Webhook v => [(v.Url, "url")],
            _ => throw (body.Type is { } unknown ? SimulatorApiException.InvalidEnumValue(unknown.Value, "type") : SimulatorApiException.MissingAttribute("type")),
        };
        foreach (var (value, attribute) in required)
        {
            Check.Required(value, attribute);
        }

        return body.Type?.Value ?? throw SimulatorApiException.MissingAttribute("type");
    }

    /// <summary>Atlas shows integration secrets partially redacted, and a webhook secret completely.</summary>
    public static ThirdPartyIntegration Redact(ThirdPartyIntegration integration)
    {
        switch (integration)
        {
            case Datadog v: v.ApiKey = Mask(v.ApiKey); break;
            case MicrosoftTeams v: v.MicrosoftTeamsWebhookUrl = Mask(v.MicrosoftTeamsWebhookUrl); break;
            case NewRelic v: (v.LicenseKey, v.ReadToken, v.WriteToken) = (Mask(v.LicenseKey), Mask(v.ReadToken), Mask(v.WriteToken)); break;
            case OpsGenie v: v.ApiKey = Mask(v.ApiKey); break;
            case PagerDuty v: v.ServiceKey = Mask(v.ServiceKey); break;
            case Slack v: v.ApiToken = Mask(v.ApiToken); break;
            case VictorOps v: v.ApiKey = Mask(v.ApiKey); break;
            // A password is never shown again, like any credential Atlas stores; a webhook secret is starred in full.
            case Prometheus v: v.Password = null; break;
            case Webhook v: (v.Url, v.Secret) = (Mask(v.Url), v.Secret is null ? null : new string('*', v.Secret.Length)); break;
        }

        return integration;
    }

    private static string Mask(string value) => value.Length <= 4 ? new string('*', value.Length) : new string('*', value.Length - 4) + value[^4..];
}

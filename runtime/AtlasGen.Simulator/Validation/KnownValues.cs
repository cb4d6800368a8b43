namespace AtlasGen.Simulator.Validation
{
    /// <summary>A generated enum seen by validation: its wire value and whether the spec lists it.</summary>
    internal interface IKnownValue
    {
        string Value { get; }

        bool IsKnown { get; }
    }
}

namespace AtlasGen.Simulator.Models
{
    // The generated enums are partial: these declarations let validation ask any of them IsKnown.
    public readonly partial struct ApiAtlasAuditLogViewConfigurationType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiAtlasDataFederationQueryLimitViewOverrunPolicy : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiDatadogViewRegion : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiDatadogViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiMicrosoftTeamsViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiNewRelicViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiOpsGenieViewRegion : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiOpsGenieViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiPagerDutyViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiPrometheusViewScheme : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiPrometheusViewServiceDiscovery : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiPrometheusViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiSlackViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiVictorOpsViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ApiWebhookViewType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct IntegrationType : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct OrgOrProjectRole : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct OrgRole : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ProjectApiKeyRole : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ProjectLimitName : AtlasGen.Simulator.Validation.IKnownValue;
    public readonly partial struct ProjectRole : AtlasGen.Simulator.Validation.IKnownValue;
}

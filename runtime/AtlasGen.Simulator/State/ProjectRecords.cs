namespace AtlasGen.Simulator.State;

/// <summary>A project's settings; every flag is set (Atlas's defaults at creation, as recorded).</summary>
internal sealed record ProjectSettings(
    bool CollectDatabaseSpecificsStatistics,
    bool DataExplorer,
    bool ExtendedStorageSizes,
    bool PerformanceAdvisor,
    bool RealtimePerformancePanel,
    bool SchemaAdvisor,
    bool ClusterAiAssistant,
    bool DataExplorerGenAiFeatures,
    bool DataExplorerGenAiSampleDocumentPassing,
    bool DataValidation,
    bool NativeReranking)
{
    public static ProjectSettings Defaults { get; } = new(true, true, false, true, true, true, true, true, false, true, false);
}

/// <summary>A project's database auditing configuration.</summary>
internal sealed record AuditingConfiguration(bool Enabled, string AuditFilter, bool AuditAuthorizationSuccess, string ConfigurationType)
{
    public static AuditingConfiguration Defaults { get; } = new(false, "{}", false, "NONE");
}

/// <summary>A limit someone set (a Data Federation limit exists only once set; the others always have a value).</summary>
internal sealed record LimitRecord(string Name, long Value, string? OverrunPolicy, DateTimeOffset LastModified);

/// <summary>A pending invitation to join a project.</summary>
internal sealed record InvitationRecord(string Id, string Username, IReadOnlyList<string> Roles, string InviterUsername, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>An organization team added to a project, with its project roles.</summary>
internal sealed record TeamRoleRecord(string TeamId, IReadOnlyList<string> RoleNames);

/// <summary>An organization user who is a member of a project, with its project roles.</summary>
internal sealed record ProjectMemberRecord(string UserId, IReadOnlyList<string> Roles);

/// <summary>A configured third-party integration: its type and the JSON the client sent (the server never mutates it).</summary>
internal sealed record IntegrationRecord(string Type, byte[] Json);

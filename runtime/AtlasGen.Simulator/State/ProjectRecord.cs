namespace AtlasGen.Simulator.State;

/// <summary>
/// A project and the state that hangs off it. The identity is immutable; each resource area has its own lock, so
/// calls on different areas of one project never wait for each other.
/// </summary>
internal sealed class ProjectRecord(string id, string name, string orgId, DateTimeOffset created, long sequence) : ISequenced
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string OrgId { get; } = orgId;

    public DateTimeOffset Created { get; } = created;

    /// <summary>writeOnly in the spec, yet Atlas shows it on every read of the project.</summary>
    public bool WithDefaultAlertsSettings { get; set; } = true;

    /// <summary>Creation order, for stable paging.</summary>
    public long Sequence { get; } = sequence;

    public Guarded<ProjectSettings> Settings { get; } = new(ProjectSettings.Defaults);

    public Guarded<AuditingConfiguration> Auditing { get; } = new(AuditingConfiguration.Defaults);

    public LockedTable<LimitRecord> Limits { get; } = new();

    public LockedTable<InvitationRecord> Invitations { get; } = new();

    public LockedTable<TeamRoleRecord> Teams { get; } = new();

    public LockedTable<ProjectMemberRecord> Members { get; } = new();

    public LockedTable<IntegrationRecord> Integrations { get; } = new();
}

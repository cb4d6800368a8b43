namespace AtlasGen.Simulator.State;

/// <summary>Everything the simulator remembers, in memory: the organization, its projects and its API keys.</summary>
internal sealed class SimulatorState(TimeProvider time, ObjectIdGenerator ids, OrganizationDirectory organization)
{
    public TimeProvider Time { get; } = time;

    public ObjectIdGenerator Ids { get; } = ids;

    public OrganizationDirectory Organization { get; } = organization;

    public ProjectStore Projects { get; } = new();

    public ApiKeyStore ApiKeys { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();
}

using System;

namespace AtlasGen.Simulator.State;

/// <summary>Everything the simulator remembers, in memory: the organization, its projects and its API keys.</summary>
internal sealed class SimulatorState
{
    public SimulatorState(TimeProvider time, ObjectIdGenerator ids, OrganizationDirectory organization)
    {
        Time = time;
        Ids = ids;
        Organization = organization;
    }

    public TimeProvider Time { get; }

    public ObjectIdGenerator Ids { get; }

    public OrganizationDirectory Organization { get; }

    public ProjectStore Projects { get; } = new();

    public ApiKeyStore ApiKeys { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();
}

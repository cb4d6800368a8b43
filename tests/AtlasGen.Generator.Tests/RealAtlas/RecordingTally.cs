using System.Text;
using AtlasGen.TestData;

namespace AtlasGen.Generator.Tests.RealAtlas;

/// <summary>One check a recording failed: which step, and why (the lost JSON paths, the exception, the request sent).</summary>
internal sealed record RecordingFailure(string Recording, string OperationId, string? Version, string Step, string Reason)
{
    public override string ToString() => $"{Step,-12} {OperationId} {Version ?? "(unversioned)"} {Recording}: {Reason}";
}

/// <summary>The counts of one client's measurement against the recordings, and every failure.</summary>
internal sealed class RecordingTally(string client)
{
    public const string StepVersion = "version";
    public const string StepDeserialize = "deserialize";
    public const string StepLossless = "lossless";
    public const string StepReplay = "replay";

    public string Client { get; } = client;

    public int Seen { get; set; }

    /// <summary>Files named by a hash: their method and path are unknown.</summary>
    public int NamedByHash { get; set; }

    /// <summary>Named files whose method and path match no operation of the specs (e.g. Atlas's private endpoints).</summary>
    public List<string> Unidentified { get; } = [];

    public int Identified { get; set; }

    /// <summary>Identified recordings of an operation this client has.</summary>
    public int InClient { get; set; }

    public int InOfferedVersion { get; set; }

    /// <summary>2xx recordings with a body, in an offered version: the ones steps 1 and 2 read.</summary>
    public int Bodies { get; set; }

    public int Deserialized { get; set; }

    public int Lossless { get; set; }

    public int Replays { get; set; }

    public int ReplaysPassed { get; set; }

    public List<RecordingFailure> Failures { get; } = [];

    public IEnumerable<RecordingFailure> FailuresOf(string step) => Failures.Where(f => f.Step == step);

    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Client}:");
        text.AppendLine($"  recordings seen               {Seen}");
        text.AppendLine($"  named by hash (unknown op)    {NamedByHash}");
        text.AppendLine($"  matching no spec operation    {Unidentified.Count}");
        text.AppendLine($"  identified                    {Identified}");
        text.AppendLine($"  of an operation of the client {InClient}");
        text.AppendLine($"  in a version it offers        {InOfferedVersion}");
        text.AppendLine($"  2xx bodies to read            {Bodies}");
        text.AppendLine($"  deserialized                  {Deserialized} of {Bodies}");
        text.AppendLine($"  lossless                      {Lossless} of {Bodies}");
        text.AppendLine($"  GET/DELETE replays passed     {ReplaysPassed} of {Replays}");
        foreach (var group in Unidentified.GroupBy(u => u).OrderBy(g => g.Key))
        {
            text.AppendLine($"  no spec operation: {group.Key} ×{group.Count()}");
        }

        text.AppendLine($"  failures ({Failures.Count}):");
        foreach (var failure in Failures)
        {
            text.AppendLine("    " + failure);
        }

        return text.ToString();
    }
}

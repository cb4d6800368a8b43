using AtlasGen.Generator.Tests.FullSpecs;
using AtlasGen.TestData;
using Xunit.Abstractions;

namespace AtlasGen.Generator.Tests.RealAtlas;

/// <summary>
/// The generated clients against what live Atlas really sent (../shared/real-responses, recorded August 2026): the bundled
/// client and one generated from the newest full spec, each with the server-direction metadata. Issue 10's "Done means":
/// the bundled client reads every recording of its operations without losing a property; the full client reads 100%,
/// loses nothing, and passes 100% of the GET and DELETE replays. The counts and every failure are printed.
/// </summary>
public sealed class RealAtlasRecordingTests(ITestOutputHelper output)
{
    private static readonly Lazy<PathTemplateMatcher> s_matcher = new(
        () => PathTemplateMatcher.FromSpecs(Path.Combine(RepositoryPaths.SpecsDirectory, PublishedSpecCompilations.Spec20260821), RepositoryPaths.BundledSpec),
        LazyThreadSafetyMode.ExecutionAndPublication);

    [RealResponsesFact]
    public async Task Bundled_client_reads_every_recording_of_its_operations_losslessly()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec(), "spec/atlas-admin-v2.yaml", GeneratorHarness.ServerContextOptions);
        var tally = await MeasureAsync(run, "bundled client (spec/atlas-admin-v2.yaml)");

        Assert.True(tally.InClient > 0, "no recording is of an operation of the bundled client:\n" + tally.Report());
        var failures = tally.Failures.Where(f => f.Step != RecordingTally.StepReplay).ToList();
        Assert.True(
            failures.Count == 0,
            $"{tally.InClient} recordings of the bundled operations: {tally.InOfferedVersion} in a version it offers, {tally.Deserialized} of {tally.Bodies} bodies deserialized, "
            + $"{tally.Lossless} lossless; {failures.Count} failures:\n" + string.Join("\n", failures));
    }

    [RealResponsesFact]
    public async Task Newest_full_spec_client_reads_replays_and_loses_nothing()
    {
        var run = PublishedSpecCompilations.Get(PublishedSpecCompilations.Spec20260821);
        var tally = await MeasureAsync(run, "full client (" + PublishedSpecCompilations.Spec20260821 + ")");

        Assert.True(tally.Bodies > 0 && tally.Replays > 0, "nothing to measure:\n" + tally.Report());
        // The newest spec documents every version Atlas answered with, so a version the client lacks is a generator gap too.
        Assert.True(
            tally.Failures.Count == 0,
            $"{tally.InOfferedVersion} of {tally.InClient} recordings in a version the client offers, {tally.Deserialized} of {tally.Bodies} bodies deserialized, "
            + $"{tally.Lossless} lossless, {tally.ReplaysPassed} of {tally.Replays} GET/DELETE replays passed:\n" + string.Join("\n", tally.Failures));
    }

    private async Task<RecordingTally> MeasureAsync(GeneratorRun run, string clientName)
    {
        var recordings = Recording.LoadAll(ExternalData.RecordingsDirectory);
        Assert.NotEmpty(recordings);
        using var loaded = LoadedAssembly.Load(run.Compilation, "real-atlas-" + clientName);
        var measurement = new RecordingMeasurement(ClientOperations.Of(loaded.Assembly), s_matcher.Value);
        var tally = await measurement.MeasureAsync(clientName, recordings);
        output.WriteLine(tally.Report());
        return tally;
    }
}

using Xunit.Abstractions;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>A test class that judges the one every-operation walk: the walk's outcomes and Prism's log, and where to print.</summary>
public abstract class EveryOperationRunJudge
{
    private protected EveryOperationRunJudge(EveryOperationRunFixture run, ITestOutputHelper output)
    {
        Run = run;
        Output = output;
    }

    /// <summary>The walk, made once for every judge in <see cref="EveryOperationRunCollection"/>.</summary>
    public EveryOperationRunFixture Run { get; }

    /// <summary>The test's output, for the figures and tables a judge prints.</summary>
    public ITestOutputHelper Output { get; }
}

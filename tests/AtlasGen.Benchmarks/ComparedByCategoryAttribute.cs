using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace AtlasGen.Benchmarks;

/// <summary>
/// The setup of a suite that compares clients or serializers side by side: allocations measured, rows grouped by their
/// [BenchmarkCategory] with the category shown, so each category's Baseline row is the one its ratios divide by.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ComparedByCategoryAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(CategoriesColumn.Default)
        .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
}

using System.Text;
using CsCheck;

namespace AtlasGen.Generator.Tests.Robustness;

/// <summary>One generated input: a base spec, the mutations applied to it in order, and whether to compile the output.</summary>
internal sealed record MutationCase(BaseSpec Base, SpecMutation[] Mutations, bool CheckCompilation)
{
    public string Apply() => Mutations.Aggregate(Base.Text, (text, mutation) => mutation.Apply(text));

    /// <summary>
    /// What CsCheck prints for the shrunk failure: the mutations, the lines that changed, and a file holding the
    /// whole mutated spec (the bundled spec is too long for a test message).
    /// </summary>
    public string Describe()
    {
        var mutated = Apply();
        var builder = new StringBuilder();
        builder.AppendLine().Append("base spec: ").Append(Base.Name).Append(" (").Append(Base.Path).Append("), compilation checked: ").Append(CheckCompilation).AppendLine();
        foreach (var mutation in Mutations)
        {
            builder.Append("  ").AppendLine(mutation.ToString());
        }

        builder.Append("mutated spec written to: ").AppendLine(Save(mutated));
        builder.AppendLine("changed lines (line numbers of the mutated spec):");
        builder.Append(ChangedLines(Base.Text, mutated));
        return builder.ToString();
    }

    private string Save(string mutated)
    {
        try
        {
            var directory = InFlight.Directory;
            Directory.CreateDirectory(directory);
            var name = Path.GetFileNameWithoutExtension(Base.Path) + "-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(mutated)))[..12] + Path.GetExtension(Base.Path);
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, mutated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return path;
        }
        catch (IOException ex)
        {
            return "(not saved: " + ex.Message + ")";
        }
    }

    /// <summary>The region between the common first and last lines, with a little context; control characters escaped.</summary>
    private static string ChangedLines(string original, string mutated)
    {
        var before = original.Split('\n');
        var after = mutated.Split('\n');
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        const int Context = 3, MaxLines = 80;
        var first = Math.Max(0, prefix - Context);
        var last = Math.Min(after.Length, after.Length - suffix + Context);
        var builder = new StringBuilder();
        for (var i = first; i < last && i < first + MaxLines; i++)
        {
            builder.Append((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append(i >= prefix && i < after.Length - suffix ? " ! " : " | ").AppendLine(Escape(after[i]));
        }

        if (last - first > MaxLines)
        {
            builder.AppendLine("  ... (" + (last - first - MaxLines) + " more lines)");
        }

        return builder.ToString();
    }

    private static string Escape(string line)
        => string.Concat(line.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
}

/// <summary>
/// A stack overflow in the generator ends the test process before CsCheck can print anything, so each worker
/// thread keeps the case it is running in a file: after such a crash, one of those files holds the culprit.
/// </summary>
internal static class InFlight
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "atlasgen-fuzz");

    public static void Save(MutationCase testCase, string mutated)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var name = "in-flight-thread" + Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(Directory, name + Path.GetExtension(testCase.Base.Path)), mutated);
            File.WriteAllText(Path.Combine(Directory, name + ".txt"), testCase.Base.Name + Environment.NewLine + string.Join(Environment.NewLine, testCase.Mutations.Select(m => m.ToString())));
        }
        catch (IOException)
        {
            // Only a help for diagnosing crashes; the test itself doesn't depend on it.
        }
    }
}

/// <summary>CsCheck generators for the mutations and the cases built from them.</summary>
internal static class MutationGens
{
    // Plain seeds, mapped onto the text by SpecText.Pick; shrinking toward 0 moves a change toward the top.
    private static readonly Gen<int> s_seed = Gen.Int[0, 1 << 20];

    private static readonly Gen<string> s_noise = Gen.OneOf(
        Gen.Select(Gen.Byte.Array[1, 16], Gen.Bool, (bytes, utf8) => InsertNoise.FromBytes(bytes, utf8)),
        Gen.Char.Array[1, 8].Select(chars => new string(chars)),
        Gen.Int[0, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Array[1, 4].Select(points => string.Concat(points.Select(char.ConvertFromUtf32))),
        Gen.Int[1, 4].Select(n => new string('\0', n)));

    public static readonly Gen<SpecMutation> Mutation = Gen.OneOf<SpecMutation>(
        Gen.Select(s_seed, Gen.Int[1, 120], (start, count) => (SpecMutation)new DeleteLines(start, count)),
        Gen.Select(s_seed, Gen.OneOf(SwapScalarType.NewTypes), (at, type) => (SpecMutation)new SwapScalarType(at, type)),
        Gen.Select(s_seed, Gen.OneOf(BreakReference.Targets), (at, target) => (SpecMutation)new BreakReference(at, target)),
        s_seed.Select(offset => (SpecMutation)new Truncate(offset)),
        Gen.Select(s_seed, s_noise, (offset, noise) => (SpecMutation)new InsertNoise(offset, noise)),
        s_seed.Select(line => (SpecMutation)new DuplicateKey(line)),
        Gen.Select(s_seed, Gen.OneOf(Reindent.Deltas), (line, delta) => (SpecMutation)new Reindent(line, delta)),
        Gen.Select(s_seed, Gen.OneOf(ReplaceEnum.Replacements), (at, values) => (SpecMutation)new ReplaceEnum(at, values)),
        Gen.Select(s_seed, s_seed, Gen.OneOf(CollideOperationIds.Styles), (from, to, style) => (SpecMutation)new CollideOperationIds(from, to, style)),
        Gen.OneOf(
            Gen.Select(s_seed, Gen.OneOf(BreakPattern.Patterns), (at, pattern) => (SpecMutation)new BreakPattern(at, pattern, Raw: false)),
            Gen.Select(s_seed, Gen.OneOf(BreakPattern.RawValues), (at, value) => (SpecMutation)new BreakPattern(at, value, Raw: true))),
        Gen.Select(s_seed, Gen.OneOf(ReferenceCycle.Kinds), (component, kind) => (SpecMutation)new ReferenceCycle(component, kind)));

    /// <summary>
    /// Every small-spec case is compiled; the bundled spec's output takes 1-2 s to bind on a 2-core machine, so
    /// only 1 in 10 of its cases is, which keeps the default 500-case run well under two minutes.
    /// </summary>
    public static readonly Gen<MutationCase> Case = Gen.Select(
        Gen.Int[0, BaseSpecs.All.Count - 1],
        Mutation.Array[1, 3],
        Gen.Int[0, 9],
        (spec, mutations, sample) => new MutationCase(BaseSpecs.All[spec], mutations, !BaseSpecs.All[spec].IsLarge || sample == 0));
}
